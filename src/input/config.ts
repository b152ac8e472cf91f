/**
 * The YAML config (`--config FILE`, else `.claims.yaml` found upward from the working
 * directory): extra actors with their aliases, boilerplate patterns, and batch limits.
 * Validated by zod; a bad key is reported by its path.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { ActorKind } from "../schema.js";
import type { Config } from "../pipeline/types.js";

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

export const CONFIG_NAME = ".claims.yaml";

/** The nearest `.claims.yaml` from `dir` upward, or null. */
export function findConfig(dir: string): string | null {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    const f = path.join(d, CONFIG_NAME);
    if (existsSync(f)) return f;
    if (path.dirname(d) === d) return null;
  }
}

export function parseConfig(yamlText: string, where = "config"): Config {
  return parseSettings(yamlText, where).config;
}

export function parseSettings(yamlText: string, where = "config"): Settings {
  let raw: unknown;
  try {
    raw = parse(yamlText) ?? {};
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
      return new RegExp(p, "i");
    } catch (e) {
      throw new ConfigError(`${where}: boilerplate.${i}: not a valid regular expression: ${(e as Error).message}`);
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
