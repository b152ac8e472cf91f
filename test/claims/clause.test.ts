import { describe, expect, it } from "vitest";
import { mainClause, mainPredicate, stripLeading } from "../../src/claims/clause.js";
import { findPredicates } from "../../src/claims/predicate.js";

function analyse(text: string) {
  const all = { start: 0, end: text.length };
  const core = stripLeading(text, all);
  const preds = findPredicates(text, 0, text.length);
  const main = mainPredicate(preds, core, text);
  return {
    core: text.slice(core.start),
    main: main?.lemma ?? null,
    clause: main ? text.slice(...Object.values(mainClause(text, core, main)) as [number, number]) : null,
  };
}

describe("clause structure", () => {
  it.each([
    ["Of the bondholders, 38% reside in Italy.", "Of the bondholders, 38% reside in Italy.", "reside"],
    ["Even with the rebate, the UK pays more than France.", "the UK pays more than France.", "pay"],
    ["If prices stay high, then we think the shock can be absorbed.", "then we think the shock can be absorbed.", "absorb"],
    ["Although exports grew, according to official data, the deficit widened.", "the deficit widened.", "widen"],
    ["The gap between exports and imports has widened to $60bn.", "The gap between exports and imports has widened to $60bn.", "widen"],
    ["Compiled by a research group, the survey found 39 nations were buying.", "the survey found 39 nations were buying.", "find"],
  ])("%s", (text, core, main) => {
    const r = analyse(text);
    expect(r.core).toBe(core);
    expect(r.main).toBe(main);
  });

  it.each([
    ["Argentina is set to close its offer on Friday, with the government hopeful that creditors will accept.", "Argentina is set to close its offer on Friday"],
    ["Belgium has distanced itself by offloading $22bn in bonds.", "Belgium has distanced itself by offloading $22bn in bonds."],
    ["The UK wants the budget capped at 1% - the Commission has urged 1.26%.", "The UK wants the budget capped at 1%"],
    ["Mr Brown wanted to provide $10bn a year, using G7 backing so the money could be borrowed.", "Mr Brown wanted to provide $10bn a year"],
  ])("main clause of %s", (text, clause) => {
    expect(analyse(text).clause).toBe(clause);
  });
});
