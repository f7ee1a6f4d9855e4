// The embed builder: the author's choices give a live <skill-path> and the
// two snippets that reproduce it on their own page. It uses the widget's
// public API only (attributes, custom properties, slots; the iframe page's
// options), so what it shows is what the snippet gives.
const form = document.getElementById("choices");
const preview = document.getElementById("preview");
const base = form.elements.base;
base.value = new URL(".", location.href).href;

const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** An http(s) link, or why it is not one (the widget refuses the rest too). */
function link(text) {
  const href = text.trim();
  if (!href) return { href: "" };
  let url;
  try {
    url = new URL(href);
  } catch {
    return { problem: "This is not a complete link: write it like https://example.org/courses." };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { problem: "Only links that start with http:// or https:// are used." };
  return { href };
}

/** What the author chose, as the widget's options. */
function choices() {
  const f = form.elements;
  const sections = [...form.querySelectorAll('input[name="sections"]:checked')].map((i) => i.value);
  const step = link(f["step-href"].value);
  const folder = link(f.base.value);
  return {
    sections: sections.length === 3 || sections.length === 0 ? "" : sections.join(" "),
    lang: f.lang.value,
    theme: f.theme.value === "auto" ? "" : f.theme.value,
    accent: f["accent-on"].checked ? f.accent.value : "",
    intro: f.intro.value.trim(),
    stepText: f["step-text"].value.trim(),
    stepHref: step.href ?? "",
    stepProblem: step.problem ?? "",
    base: folder.href ? new URL(folder.href.endsWith("/") ? folder.href : `${folder.href}/`).href : new URL(".", location.href).href,
  };
}

/** The author's next step as the slot's content: a link, or its words alone. */
function stepElement(c) {
  if (!c.stepText && !c.stepHref) return null;
  const p = document.createElement("p");
  p.slot = "next-step";
  if (c.stepHref) {
    const a = document.createElement("a");
    a.href = c.stepHref;
    a.textContent = c.stepText || c.stepHref;
    p.append(a);
  } else p.textContent = c.stepText;
  return p;
}

function scriptSnippet(c) {
  const attrs = [["sections", c.sections], ["lang", c.lang], ["theme", c.theme]].filter(([, v]) => v);
  let open = `<skill-path${attrs.map(([n, v]) => ` ${n}="${escape(v)}"`).join("")}`;
  if (c.accent) open += ` style="--skillpath-accent: ${escape(c.accent)}"`;
  const inner = [];
  if (c.intro) inner.push(`  <p slot="intro">${escape(c.intro)}</p>`);
  const step = stepElement(c);
  if (step) inner.push(`  ${step.outerHTML}`);
  inner.push("  <p>The career guide needs JavaScript and WebAssembly.</p>");
  return `<script type="module" src="${escape(new URL("skillpath.js", c.base).href)}"></script>\n${open}>\n${inner.join("\n")}\n</skill-path>`;
}

function frameSnippet(c) {
  const url = new URL("embed.html", c.base);
  const params = [["sections", c.sections], ["lang", c.lang], ["theme", c.theme], ["accent", c.accent], ["intro", c.intro], ["next-step", c.stepText], ["next-step-href", c.stepHref]];
  for (const [name, value] of params) if (value) url.searchParams.set(name, value);
  return (
    `<iframe data-skillpath src="${escape(url.href)}" title="Skillpath career guide" loading="lazy" style="width: 100%; min-height: 40rem; border: 0"></iframe>\n` +
    `<script src="${escape(new URL("frame.js", c.base).href)}" async></script>`
  );
}

/** The preview follows the choices through the same public API as the snippet. */
function show() {
  const c = choices();
  for (const [name, value] of [["sections", c.sections], ["lang", c.lang], ["theme", c.theme]]) {
    if (value) preview.setAttribute(name, value);
    else preview.removeAttribute(name);
  }
  if (c.accent) preview.style.setProperty("--skillpath-accent", c.accent);
  else preview.style.removeProperty("--skillpath-accent");
  const children = [];
  if (c.intro) {
    const intro = document.createElement("p");
    intro.slot = "intro";
    intro.textContent = c.intro;
    children.push(intro);
  }
  const step = stepElement(c);
  if (step) children.push(step);
  // Only the slotted children change; an unchanged set is left alone.
  const html = children.map((e) => e.outerHTML).join("");
  if (html !== preview.dataset.slotted) {
    preview.replaceChildren(...children);
    preview.dataset.slotted = html;
  }
  document.getElementById("step-href-problem").textContent = c.stepProblem;
  form.elements["step-href"].setAttribute("aria-invalid", String(!!c.stepProblem));
  document.getElementById("script-code").value = scriptSnippet(c);
  document.getElementById("frame-code").value = frameSnippet(c);
}

form.addEventListener("input", show);
form.addEventListener("change", show);
form.elements.accent.addEventListener("input", () => {
  form.elements["accent-on"].checked = true;
  show();
});
show();

const copied = document.getElementById("copied");
for (const [button, box, what] of [["copy-script", "script-code", "The script-tag snippet"], ["copy-frame", "frame-code", "The iframe snippet"]]) {
  document.getElementById(button).addEventListener("click", async () => {
    const text = document.getElementById(box).value;
    try {
      await navigator.clipboard.writeText(text);
      copied.textContent = `${what} is copied. Paste it where the widget goes in your page.`;
    } catch {
      const area = document.getElementById(box);
      area.focus();
      area.select();
      copied.textContent = `${what} could not be copied here; it is selected: press Ctrl+C (⌘C on a Mac).`;
    }
  });
}
