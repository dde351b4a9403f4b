/**
 * A chart caption in parts: plain text in the page's language, and names in another language
 * marked with it (a Vietnamese issuer under an English chart), so screen readers and the
 * language check read each part as what it is.
 */
export type CaptionPart = string | { text: string; lang: string };

/** The plain text of a caption, for tests and text alternatives. */
export const captionText = (parts: readonly CaptionPart[]): string =>
  parts.map((part) => (typeof part === "string" ? part : part.text)).join("");

/** The caption as Plot takes it: a string when every part is plain, otherwise a span of parts. */
export function captionContent(parts: readonly CaptionPart[], document?: Document): string | Node {
  if (parts.every((part) => typeof part === "string") || !document) return captionText(parts);
  const span = document.createElement("span");
  for (const part of parts) {
    if (typeof part === "string") span.append(document.createTextNode(part));
    else {
      const marked = document.createElement("span");
      marked.setAttribute("lang", part.lang);
      marked.textContent = part.text;
      span.append(marked);
    }
  }
  return span;
}
