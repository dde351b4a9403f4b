/** Work in progress as the browser keeps it (localStorage), read back only if it has the expected shape. */
import type { Workbench } from "./session.ts";

export const WORKBENCH_STORAGE_KEY = "sldc:workbench";

export const serialiseWorkbench = (state: Workbench): string => JSON.stringify(state);

export function restoreWorkbench(json: string | null): Workbench | undefined {
  if (!json) return undefined;
  try {
    const value = JSON.parse(json) as Partial<Workbench>;
    const ok =
      value.version === 1 &&
      typeof value.text === "string" &&
      typeof value.fileName === "string" &&
      Array.isArray(value.rows) &&
      typeof value.source === "object" &&
      typeof value.newUnit === "object" &&
      typeof value.nextKey === "number";
    return ok ? (value as Workbench) : undefined;
  } catch {
    return undefined;
  }
}
