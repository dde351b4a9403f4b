/**
 * Problems found in a visitor's file, as a code and its arguments, so that the page can say
 * them in the visitor's language; `message` is the English text for logs and the CLI.
 */
import en from "../i18n/problems/en.ts";
import type { ProblemMessages } from "../i18n/problems/index.ts";

type Texts = ProblemMessages;
export type ProblemCode = keyof Texts;
type Say = (...args: string[]) => string;

export interface Problem {
  code: ProblemCode;
  args: string[];
  message: string;
}

export function problem<C extends ProblemCode>(code: C, ...args: Parameters<Texts[C]>): Problem {
  return { code, args, message: (en[code] as Say)(...args) };
}

export const localise = (p: Problem, texts: Texts): string => (texts[p.code] as Say)(...p.args);
