/** The units index narrows as one types; without JavaScript it stays a plain grouped list. */
import { matchesQuery } from "../lib/search.ts";

const form = document.querySelector<HTMLElement>("#unit-filter");
const input = document.querySelector<HTMLInputElement>("#unit-filter-input");
const status = document.querySelector<HTMLElement>("#unit-filter-status");
if (form && input && status) {
  form.hidden = false;
  const items = [...document.querySelectorAll<HTMLElement>("[data-search]")];
  const groups = [...document.querySelectorAll<HTMLElement>("[data-unit-group]")];
  const template = status.dataset.template ?? "{n}";
  input.addEventListener("input", () => {
    let shown = 0;
    for (const item of items) {
      item.hidden = !matchesQuery(item.dataset.search ?? "", input.value);
      if (!item.hidden) shown++;
    }
    for (const group of groups) group.hidden = group.querySelector("[data-search]:not([hidden])") === null;
    status.textContent = template.replace("{n}", String(shown));
  });
}
