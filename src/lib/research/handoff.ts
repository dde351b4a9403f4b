/**
 * Rows the workbench hands to the compare page ("compare privately now"): an own-data CSV kept
 * in this tab's sessionStorage for the next page, read once, never sent anywhere.
 */
export const OWN_DATA_HANDOFF_KEY = "sldc:own-data-handoff";

export interface OwnDataHandoff {
  name: string;
  csv: string;
}

export const encodeHandoff = (handoff: OwnDataHandoff): string => JSON.stringify(handoff);

export function decodeHandoff(json: string | null): OwnDataHandoff | undefined {
  if (!json) return undefined;
  try {
    const value = JSON.parse(json) as Partial<OwnDataHandoff>;
    return typeof value.name === "string" && typeof value.csv === "string"
      ? { name: value.name, csv: value.csv }
      : undefined;
  } catch {
    return undefined;
  }
}
