/**
 * The YAML config (`--config FILE`, else the `.claims.yaml` of the user's project, see
 * findConfig): extra actors with their aliases, boilerplate patterns, and batch limits.
 * Validated by zod; a bad key is reported by its path.
 *
 * Read with js-yaml: a config of 200,000 actors (21 MB) parses in under a second, where the
 * `yaml` package (kept for writing YAML 1.1 output) takes ten and over a gigabyte.
 */
import { readFileSync } from "node:fs";
import { CORE_SCHEMA, load } from "js-yaml";
import { z } from "zod";
import { ActorKind } from "../schema.js";
import type { Config } from "../pipeline/types.js";
import { BoilerplatePattern } from "./patterns.js";

const ConfigFile = z
  .object({
    actors: z
      .array(
        z
          .object({
            name: z.string().min(1),
            kind: ActorKind,
            code: z.string().min(1).nullable().optional(),
            aliases: z.array(z.string().min(1)).default([]),
            affiliation: z.string().min(1).nullable().optional(),
          })
          .strict(),
      )
      .default([]),
    boilerplate: z.array(z.string().min(1)).default([]),
    limits: z
      .object({
        maxBytes: z.number().int().positive().optional(),
        timeoutSeconds: z.number().positive().optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

/** Batch limits: the largest article read (bytes) and the time budget of one article. */
export interface Limits {
  maxBytes?: number;
  timeoutSeconds?: number;
}

export interface Settings {
  config: Config;
  limits: Limits;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

export { CONFIG_NAME, findConfig } from "./find-config.js";

export function parseConfig(yamlText: string, where = "config"): Config {
  return parseSettings(yamlText, where).config;
}

export function parseSettings(yamlText: string, where = "config"): Settings {
  let raw: unknown;
  try {
    raw = load(yamlText, { schema: CORE_SCHEMA, filename: where }) ?? {};
  } catch (e) {
    throw new ConfigError(`${where}: not valid YAML: ${(e as Error).message.split("\n")[0]}`);
  }
  const r = ConfigFile.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    const key = issue.path.length ? issue.path.join(".") : "(top level)";
    const detail = issue.code === "unrecognized_keys" ? `unknown key ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}` : issue.message;
    throw new ConfigError(`${where}: ${key}: ${detail}`);
  }
  const boilerplate = r.data.boilerplate.map((p, i) => {
    try {
      return new BoilerplatePattern(p);
    } catch (e) {
      throw new ConfigError(`${where}: boilerplate.${i}: not a valid regular expression for the linear-time engine (RE2): ${JSON.stringify(p)}: ${(e as Error).message}`);
    }
  });
  return {
    config: {
      actors: r.data.actors.map((a) => ({ ...a, code: a.code ?? null, affiliation: a.affiliation ?? null })),
      boilerplate,
    },
    limits: r.data.limits,
  };
}

export function loadConfig(file: string): Config {
  return loadSettings(file).config;
}

export function loadSettings(file: string): Settings {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new ConfigError(`cannot read config ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseSettings(text, file);
}
