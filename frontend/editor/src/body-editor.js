/* Dateline's rich-text body editor (Tiptap on ProseMirror).

   It replaces the body textarea on screen only. The form still posts the
   textarea, kept in step in the no-script format (one item per paragraph,
   blank lines between, blocks as their HTML), and adds `body_html`, the
   editor's HTML, which the server turns into body items with
   dateline.core.html.body_from_html() and sanitises again. The server is the
   authority; the editor's schema is only the first filter. */
import { Editor, Extension } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import { TableKit } from "@tiptap/extension-table";
import { DOMParser as SchemaParser } from "@tiptap/pm/model";

const BLOCK = /^<(h2|h3|h4|ul|ol|blockquote|table)\b/i;
const SAFE_URL = /^(https?:|mailto:)/i;

/* The textarea's text (items separated by blank lines) as editor HTML. */
export function textToHtml(text) {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter(Boolean)
    .map((chunk) => (BLOCK.test(chunk) ? chunk : "<p>" + chunk.replace(/\n/g, " ") + "</p>"))
    .join("");
}

/* Tidy the editor's HTML into what the desk stores: a single paragraph in a
   list item or table cell is unwrapped, default spans and layout hints go. */
export function tidy(html) {
  const root = document.createElement("div");
  root.innerHTML = html;
  root.querySelectorAll("colgroup").forEach((el) => el.remove());
  root.querySelectorAll("[style]").forEach((el) => el.removeAttribute("style"));
  root.querySelectorAll("[colspan='1']").forEach((el) => el.removeAttribute("colspan"));
  root.querySelectorAll("[rowspan='1']").forEach((el) => el.removeAttribute("rowspan"));
  root.querySelectorAll("a").forEach((el) => { el.removeAttribute("target"); el.removeAttribute("rel"); el.removeAttribute("class"); });
  root.querySelectorAll("li, th, td").forEach((cell) => {
    const only = cell.children.length === 1 && cell.firstElementChild.tagName === "P" &&
      cell.childNodes.length === 1 ? cell.firstElementChild : null;
    if (only) { cell.innerHTML = only.innerHTML; }
  });
  // Empty paragraphs are what Enter leaves behind; they are not items.
  root.querySelectorAll(":scope > p").forEach((p) => { if (!p.textContent.trim() && !p.querySelector("br")) { p.remove(); } });
  return root.innerHTML;
}

/* The editor's HTML in the textarea's format: one item per paragraph. */
export function htmlToText(html) {
  const root = document.createElement("div");
  root.innerHTML = html;
  const items = [];
  root.childNodes.forEach((node) => {
    if (node.nodeType !== 1) { return; }
    const text = node.tagName === "P" ? node.innerHTML : node.outerHTML;
    if (text.trim()) { items.push(text.replace(/\n/g, " ").trim()); }
  });
  return items.join("\n\n");
}

/* Word's HTML: its list paragraphs become lists, its markers and comments go.
   Everything else is left to the schema (which keeps only what it knows). */
/* Google Docs marks bold and italic with inline styles, which the desk's
   content security policy keeps the browser from applying (so the editor
   cannot see them): read the style text and write the elements instead. */
function cleanDocsHtml(doc) {
  const style = (el) => (el.getAttribute("style") || "").replace(/\s+/g, "").toLowerCase();
  doc.querySelectorAll("b[id^='docs-internal-guid']").forEach((b) => { b.replaceWith(...b.childNodes); });
  doc.querySelectorAll("span[style]").forEach((span) => {
    const css = style(span);
    let node = span;
    const wrap = (tag) => { const el = doc.createElement(tag); node.replaceWith(el); el.appendChild(node); node = el; };
    if (/font-weight:(bold|[6-9]00)/.test(css)) { wrap("strong"); }
    if (/font-style:italic/.test(css)) { wrap("em"); }
  });
  return doc.body.innerHTML;
}

export function cleanPastedHtml(html) {
  if (/docs-internal-guid/.test(html)) {
    return cleanDocsHtml(new DOMParser().parseFromString(html, "text/html"));
  }
  if (!/urn:schemas-microsoft-com|class="?Mso|mso-/i.test(html)) { return html; }
  const doc = new DOMParser().parseFromString(html, "text/html");
  doc.querySelectorAll("style, meta, link, xml, o\\:p").forEach((el) => el.remove());
  doc.querySelectorAll("[style*='mso-list:Ignore'], [style*='mso-list: Ignore']").forEach((el) => el.remove());
  const isItem = (el) => el && el.tagName === "P" && /MsoListParagraph/.test(el.className || "");
  doc.querySelectorAll("p").forEach((p) => {
    if (!isItem(p) || isItem(p.previousElementSibling)) { return; }
    const list = doc.createElement("ul");
    p.before(list);
    let item = p;
    while (isItem(item)) {
      const next = item.nextElementSibling;
      const li = doc.createElement("li");
      li.innerHTML = item.innerHTML.replace(/^(\s|&nbsp;|\u00a0)+/, "");
      list.appendChild(li);
      item.remove();
      item = next;
    }
  });
  return doc.body.innerHTML;
}

/* A wire item or mail pasted as text: blank lines separate paragraphs, single
   line breaks are wrapping, as on the server (split_plain_text). */
function textToParagraphs(text) {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((chunk) => chunk.split("\n").map((line) => line.trim()).filter(Boolean).join(" "))
    .filter(Boolean);
}

function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function countWords(text) {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return { words: words.length, characters: text.replace(/\s+/g, " ").trim().length };
}

function askForLink(editor) {
  const previous = editor.getAttributes("link").href || "https://";
  const answer = window.prompt("Link address (https://…, or empty to remove the link)", previous);
  if (answer === null) { return true; }
  const href = answer.trim();
  if (!href || href === "https://") {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
  } else if (SAFE_URL.test(href)) {
    editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
  } else {
    window.alert("Links must start with https://, http:// or mailto:.");
  }
  return true;
}

// Esc leaves the editor: in a table or list Tab belongs to the editor (next
// cell, indent), so Esc then Tab is the way on, and focus is never trapped.
function makeDeskKeys(onEscape) {
  return Extension.create({
    name: "deskKeys",
    addKeyboardShortcuts() {
      return { "Mod-k": () => askForLink(this.editor), Escape: () => { onEscape(); return true; } };
    },
  });
}

/* The toolbar is one Tab stop; arrow keys, Home and End move between its
   buttons (the ARIA toolbar pattern), so Tab goes from it to the text. */
function roving(toolbar) {
  const visible = () => Array.from(toolbar.querySelectorAll("button")).filter((b) => !b.hidden);
  const current = (target) => {
    visible().forEach((b) => { b.tabIndex = b === target ? 0 : -1; });
  };
  toolbar.addEventListener("keydown", (event) => {
    const buttons = visible();
    const at = buttons.indexOf(document.activeElement);
    if (at === -1) { return; }
    let next = null;
    if (event.key === "ArrowRight") { next = buttons[(at + 1) % buttons.length]; }
    else if (event.key === "ArrowLeft") { next = buttons[(at - 1 + buttons.length) % buttons.length]; }
    else if (event.key === "Home") { next = buttons[0]; }
    else if (event.key === "End") { next = buttons[buttons.length - 1]; }
    if (next) { event.preventDefault(); current(next); next.focus(); }
  });
  toolbar.addEventListener("focusin", (event) => { if (event.target.tagName === "BUTTON") { current(event.target); } });
  return () => {
    const buttons = visible();
    if (!buttons.some((b) => b.tabIndex === 0)) { current(buttons[0]); }
  };
}

const BUTTONS = [
  { key: "h2", label: "Subhead", keys: "Ctrl+Alt+2", run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), active: (e) => e.isActive("heading", { level: 2 }) },
  { key: "h3", label: "Minor subhead", keys: "Ctrl+Alt+3", run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), active: (e) => e.isActive("heading", { level: 3 }) },
  { key: "bold", label: "Bold", keys: "Ctrl+B", run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive("bold") },
  { key: "italic", label: "Italic", keys: "Ctrl+I", run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive("italic") },
  { key: "link", label: "Link", keys: "Ctrl+K", run: (e) => askForLink(e), active: (e) => e.isActive("link") },
  { key: "ul", label: "Bulleted list", keys: "Ctrl+Shift+8", run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive("bulletList") },
  { key: "ol", label: "Numbered list", keys: "Ctrl+Shift+7", run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive("orderedList") },
  { key: "quote", label: "Quote", keys: "Ctrl+Shift+B", run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive("blockquote") },
  { key: "table", label: "Table", keys: "", run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
  { key: "row", label: "Add row", keys: "", run: (e) => e.chain().focus().addRowAfter().run(), table: true },
  { key: "col", label: "Add column", keys: "", run: (e) => e.chain().focus().addColumnAfter().run(), table: true },
  { key: "untable", label: "Remove table", keys: "", run: (e) => e.chain().focus().deleteTable().run(), table: true },
  { key: "undo", label: "Undo", keys: "Ctrl+Z", run: (e) => e.chain().focus().undo().run() },
  { key: "redo", label: "Redo", keys: "Ctrl+Shift+Z", run: (e) => e.chain().focus().redo().run() },
];

export function mount(textarea) {
  const form = textarea.form;
  const field = textarea.closest(".field") || textarea.parentNode;
  const label = field.querySelector("label[for='" + textarea.id + "']");
  const hint = document.getElementById(textarea.id + "-hint");

  // Added to the form only once the editor runs: a half-built editor must
  // never post an empty body_html over the textarea's text.
  const hidden = document.createElement("input");
  hidden.type = "hidden";
  hidden.name = "body_html";

  const toolbar = document.createElement("div");
  toolbar.className = "rte-toolbar";
  toolbar.setAttribute("role", "toolbar");
  toolbar.setAttribute("aria-label", "Body formatting");
  toolbar.setAttribute("aria-controls", textarea.id + "-rich");
  const buttons = {};
  BUTTONS.forEach((spec, i) => {
    const button = document.createElement("button");
    button.type = "button";
    button.tabIndex = i === 0 ? 0 : -1;
    button.className = "rte-button";
    button.dataset.command = spec.key;
    button.textContent = spec.label;
    if (spec.keys) {
      button.title = spec.label + " (" + spec.keys + ")";
      button.setAttribute("aria-keyshortcuts", spec.keys.replace("Ctrl", "Control"));
    }
    if (spec.active) { button.setAttribute("aria-pressed", "false"); }
    button.addEventListener("click", () => spec.run(editor));
    toolbar.appendChild(button);
    buttons[spec.key] = button;
  });

  const surface = document.createElement("div");
  surface.className = "rte-surface";
  const counter = document.createElement("p");
  counter.className = "rte-count hint";
  counter.dataset.wordCount = "";
  counter.tabIndex = -1;  // where Esc puts focus on its way out of the editor
  const keys = document.createElement("p");
  keys.className = "hint rte-keys";
  keys.id = textarea.id + "-keys";
  keys.textContent = "Ctrl+B bold, Ctrl+I italic, Ctrl+K link, Ctrl+Alt+2 subhead, Ctrl+Shift+8 list. " +
    "In a list or table Tab indents or moves between cells: press Esc, then Tab, to go on.";
  textarea.after(toolbar, surface, counter, keys);
  const keepRoving = roving(toolbar);

  let editor;
  try {
    editor = makeEditor();
  } catch (error) {
    toolbar.remove(); surface.remove(); counter.remove(); keys.remove();
    throw error;
  }

  function makeEditor() { return new Editor({
    // The desk's CSP refuses injected <style>; editing.css carries what it would add.
    injectCSS: false,
    element: surface,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        codeBlock: false, code: false, horizontalRule: false, strike: false, underline: false,
        link: { openOnClick: false, autolink: true, defaultProtocol: "https",
                protocols: ["http", "https", "mailto"], HTMLAttributes: { target: null, rel: null } },
      }),
      TableKit.configure({ table: { resizable: false } }),
      makeDeskKeys(() => counter.focus()),
    ],
    content: textToHtml(textarea.value),
    editorProps: {
      attributes: {
        id: textarea.id + "-rich",
        class: "rte-content",
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": label ? label.textContent.trim() : "Body",
        "aria-describedby": (hint ? hint.id + " " : "") + keys.id,
      },
      transformPastedHTML: cleanPastedHtml,
      clipboardTextParser: (text, $context, plain, view) => {
        const html = textToParagraphs(text).map((p) => "<p>" + escapeHtml(p) + "</p>").join("");
        const holder = document.createElement("div");
        holder.innerHTML = html;
        const parser = view.someProp("clipboardParser") || SchemaParser.fromSchema(view.state.schema);
        return parser.parseSlice(holder, { preserveWhitespace: false, context: $context });
      },
    },
  }); }

  function sync(announce) {
    const html = tidy(editor.getHTML());
    hidden.value = html;
    textarea.value = htmlToText(html);
    const counts = countWords(editor.state.doc.textBetween(0, editor.state.doc.content.size, " ", " "));
    counter.textContent = counts.words + (counts.words === 1 ? " word" : " words") + ", " +
      counts.characters + (counts.characters === 1 ? " character" : " characters");
    if (announce) {
      // The desk's scripts (autosave, live preview) listen for input on the form.
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }

  function reflect() {
    const inTable = editor.isActive("table");
    BUTTONS.forEach((spec) => {
      if (spec.active) { buttons[spec.key].setAttribute("aria-pressed", String(!!spec.active(editor))); }
      if (spec.table) { buttons[spec.key].hidden = !inTable; }
    });
    keepRoving();
  }

  editor.on("update", () => { sync(true); reflect(); });
  editor.on("selectionUpdate", reflect);
  if (label) { label.addEventListener("click", (event) => { event.preventDefault(); editor.commands.focus(); }); }
  sync(false);
  reflect();
  form.appendChild(hidden);
  textarea.hidden = true;
  form.dataset.richBody = "1";
  return editor;
}

document.querySelectorAll("textarea[data-rich-body]").forEach((textarea) => {
  try {
    window.datelineBodyEditor = mount(textarea);
  } catch (error) {
    // The plain textarea stays: it is the no-script editor too.
    textarea.hidden = false;
    if (window.console) { window.console.error(error); }
  }
});
