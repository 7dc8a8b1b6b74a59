// ocrner's web page: send a file to POST /api/NER, draw the entities (over a PDF's or
// TIFF's pages from POST /api/page), redact with POST /api/redact. Plain JavaScript, no libraries, nothing loaded from elsewhere.
"use strict";

(() => {
  const PERSONAL_LABELS = ["PERSON", "EMAIL", "PHONE", "IBAN", "ADDRESS"];
  const KEY_STORAGE = "ocrner.apiKey";
  const SVG = "http://www.w3.org/2000/svg";
  // Colours with at least 3:1 contrast on white and on each other's neighbours.
  const COLOURS = {
    PERSON: "#c0392b", ORG: "#1f5fbf", GPE: "#1e7b34", LOC: "#2d7f6e", FAC: "#7a5a00",
    NORP: "#8e44ad", DATE: "#a14a00", TIME: "#b03a6f", MONEY: "#0b6e8a", PERCENT: "#5b4a9e",
    CARDINAL: "#5d6d7e", ORDINAL: "#6e5d4e", QUANTITY: "#4e6e5d", EMAIL: "#a3004f",
    PHONE: "#9a3412", IBAN: "#3f51b5", URL: "#00695c", ADDRESS: "#6a1b9a",
  };
  const OTHER_COLOURS = ["#37474f", "#4a148c", "#004d40", "#bf360c", "#1a237e", "#33691e"];

  const $ = (id) => document.getElementById(id);
  const state = { file: null, answer: null, hidden: new Set(), urls: [] };

  function colour(label) {
    if (COLOURS[label]) return COLOURS[label];
    let hash = 0;
    for (const char of label) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    return OTHER_COLOURS[hash % OTHER_COLOURS.length];
  }

  function element(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (key === "dataset") Object.assign(node.dataset, value);
      else if (key in node && typeof value !== "string") node[key] = value;
      else node.setAttribute(key, value);
    }
    node.append(...children);
    return node;
  }

  function objectUrl(blob) {
    const url = URL.createObjectURL(blob);
    state.urls.push(url);
    return url;
  }

  function headers(extra = {}) {
    const key = $("api-key").value.trim();
    return key ? { ...extra, "X-API-Key": key } : extra;
  }

  // A new form with the file, and the PDF password when one is given.
  function fileForm(file) {
    const form = new FormData();
    form.append("file", file, file.name);
    const password = $("pdf-password").value;
    if (password) form.append("password", password);
    return form;
  }

  function setStatus(id, text, busy = false) {
    $(id).textContent = text;
    document.body.setAttribute("aria-busy", busy ? "true" : "false");
  }

  async function problemFrom(response) {
    let body = null;
    try { body = await response.json(); } catch { /* not JSON */ }
    if (!body || typeof body !== "object") {
      body = { status: response.status, title: response.statusText || "Error",
        detail: "The service answered without problem details." };
    }
    return body;
  }

  function showError(problem) {
    const box = $("error");
    box.replaceChildren(
      element("p", {}, element("strong", {}, `${problem.title || "Error"} (${problem.status})`),
        `: ${problem.detail || ""}`),
      element("p", { class: "hint" },
        [problem.code && `code ${problem.code}`, problem.upstream && `upstream ${problem.upstream}`,
          problem.request_id && `request ${problem.request_id}`].filter(Boolean).join(" · ")),
    );
    box.hidden = false;
    if (problem.status === 401) $("api-key").focus();
    else if (problem.code === "encrypted_document") $("pdf-password").focus();
    else box.focus();
  }

  function clearError() {
    $("error").hidden = true;
    $("error").replaceChildren();
  }

  // ---- sending a file ----

  async function analyse(file) {
    state.file = file;
    state.answer = null;
    clearError();
    $("result").hidden = true;
    $("redaction").hidden = true;
    $("redact-result").hidden = true;
    for (const url of state.urls.splice(0)) URL.revokeObjectURL(url);
    setStatus("status", `Reading ${file.name}…`, true);
    const form = fileForm(file);
    let response;
    try {
      response = await fetch("/api/NER", { method: "POST", body: form, headers: headers() });
    } catch (error) {
      setStatus("status", "");
      showError({ status: 0, title: "No answer", detail: `The service cannot be reached (${error}).` });
      return;
    }
    if (!response.ok) {
      setStatus("status", "");
      showError(await problemFrom(response));
      return;
    }
    state.answer = await response.json();
    const count = state.answer.entities.length;
    setStatus("status", `${file.name}: ${count} ${count === 1 ? "entity" : "entities"} found.`);
    render(file, state.answer);
  }

  function pagesOf(answer) {
    if (Array.isArray(answer.pages) && answer.pages.length) return answer.pages;
    return [{ number: 1, width: answer.width, height: answer.height }];
  }

  function render(file, answer) {
    const labels = [...new Set(answer.entities.map((entity) => entity.label))].sort();
    state.hidden = new Set();
    renderSummary(answer);
    renderFilters(labels, answer.entities);
    renderPages(file, answer);
    renderList(answer.entities);
    renderText(answer);
    const json = new Blob([JSON.stringify(answer, null, 2)], { type: "application/json" });
    const link = $("download-json");
    link.href = objectUrl(json);
    link.download = `${file.name.replace(/\.[^.]*$/, "")}.entities.json`;
    renderRedactLabels(labels);
    $("result").hidden = false;
    $("redaction").hidden = false;
  }

  function renderSummary(answer) {
    const ocr = answer.ocr || {};
    const t = answer.timings || {};
    const parts = [
      `OCR: ${ocr.engine} (${ocr.language}, ${ocr.model}), ${ocr.words} words, ` +
        `mean confidence ${Number(ocr.mean_confidence).toFixed(1)}`,
      `NER: ${answer.ner_model || "none (no text)"}`,
      `Time: OCR ${t.ocr_ms} ms, NER ${t.ner_ms} ms, total ${t.total_ms} ms`,
    ];
    $("summary").replaceChildren(...parts.flatMap((part, i) => (i ? [element("br"), part] : [part])));
  }

  function renderFilters(labels, entities) {
    const list = $("filter-list");
    list.replaceChildren();
    for (const label of labels) {
      const count = entities.filter((entity) => entity.label === label).length;
      const id = `filter-${label}`;
      const box = element("input", { type: "checkbox", id, checked: true, value: label });
      box.addEventListener("change", () => {
        if (box.checked) state.hidden.delete(label);
        else state.hidden.add(label);
        applyFilter();
      });
      const swatch = element("span", { class: "swatch", "aria-hidden": "true" });
      swatch.style.borderColor = colour(label);
      list.append(element("span", { class: "chip" }, box,
        element("label", { for: id }, swatch, `${label} (${count})`)));
    }
    if (!labels.length) list.append(element("span", { class: "hint" }, "No entities."));
  }

  function renderPages(file, answer) {
    const container = $("pages");
    container.replaceChildren();
    const pages = pagesOf(answer);
    const isImage = file.type.startsWith("image/") && file.type !== "image/tiff";
    const source = isImage ? objectUrl(file) : null;
    const previews = [];
    for (const page of pages) {
      const stage = element("div", { class: "stage" });
      if (source && pages.length === 1) {
        stage.append(element("img", { src: source, alt: `Page ${page.number} of ${file.name}` }));
      } else {
        stage.classList.add("document");
        const hint = element("p", { class: "hint" }, "Loading the page…");
        stage.append(hint);
        previews.push({ hint, number: page.number });
      }
      const svg = document.createElementNS(SVG, "svg");
      svg.setAttribute("viewBox", `0 0 ${page.width} ${page.height}`);
      svg.setAttribute("preserveAspectRatio", "none");
      svg.setAttribute("aria-hidden", "true");
      if (!source || pages.length > 1) stage.style.aspectRatio = `${page.width} / ${page.height}`;
      answer.entities.forEach((entity, index) => {
        if ((entity.page || 1) !== page.number) return;
        for (const [x0, y0, x1, y1] of entity.boxes) {
          const rect = document.createElementNS(SVG, "rect");
          const pad = Math.max(1, Math.round(page.height / 400));
          rect.setAttribute("x", x0 - pad);
          rect.setAttribute("y", y0 - pad);
          rect.setAttribute("width", x1 - x0 + 2 * pad);
          rect.setAttribute("height", y1 - y0 + 2 * pad);
          rect.setAttribute("stroke", colour(entity.label));
          rect.setAttribute("fill", colour(entity.label));
          rect.setAttribute("class", "box");
          rect.dataset.entity = index;
          rect.dataset.label = entity.label;
          rect.addEventListener("mouseenter", () => highlight(index, true));
          rect.addEventListener("mouseleave", () => highlight(index, false));
          rect.addEventListener("click", () => {
            const button = document.querySelector(`#entities button[data-entity="${index}"]`);
            if (button) button.focus();
          });
          svg.append(rect);
        }
      });
      stage.append(svg);
      container.append(element("figure", { class: "page" }, stage,
        element("figcaption", {}, pages.length > 1 ? `Page ${page.number} of ${pages.length}`
          : `${file.name}, ${page.width}×${page.height} px`)));
    }
    showPages(file, previews);
  }

  // A PDF or TIFF page as PNG from POST /api/page (browsers show neither), or null.
  async function pageImage(file, number) {
    const form = fileForm(file);
    try {
      const response = await fetch(`/api/page?page=${number}`,
        { method: "POST", body: form, headers: headers() });
      return response.ok ? objectUrl(await response.blob()) : null;
    } catch {
      return null;
    }
  }

  // One page at a time, so that a long document does not send its file many times at once.
  async function showPages(file, previews) {
    for (const { hint, number } of previews) {
      if (state.file !== file) return; // another file was chosen meanwhile
      const url = await pageImage(file, number);
      if (url) hint.replaceWith(element("img", { src: url, alt: `Page ${number} of ${file.name}` }));
      else hint.textContent = "This page cannot be shown; its boxes are drawn on a blank page.";
    }
  }

  function renderList(entities) {
    const body = document.querySelector("#entities tbody");
    body.replaceChildren();
    entities.forEach((entity, index) => {
      const button = element("button", { type: "button", class: "entity", dataset: { entity: index } },
        entity.text);
      button.setAttribute("aria-label", `${entity.text}, ${entity.label}`);
      for (const [event, on] of [["mouseenter", true], ["mouseleave", false], ["focus", true],
        ["blur", false]]) {
        button.addEventListener(event, () => highlight(index, on));
      }
      const label = element("span", { class: "label" }, entity.label);
      label.style.borderColor = colour(entity.label);
      const row = element("tr", { dataset: { entity: index, label: entity.label } },
        element("td", {}, button), element("td", {}, label), element("td", {}, entity.source),
        element("td", {}, entity.score == null ? "—" : Number(entity.score).toFixed(2)),
        element("td", {}, String(entity.page || 1)));
      body.append(row);
    });
    if (!entities.length) {
      body.append(element("tr", {}, element("td", { colspan: "5" }, "No entities found.")));
    }
  }

  function renderText(answer) {
    const text = answer.text || "";
    const out = $("text");
    out.replaceChildren();
    let cursor = 0;
    const ordered = answer.entities.map((entity, index) => ({ entity, index }))
      .sort((a, b) => a.entity.start - b.entity.start);
    for (const { entity, index } of ordered) {
      if (entity.start < cursor) continue; // overlapping: the first one wins
      out.append(text.slice(cursor, entity.start));
      const mark = element("mark", { dataset: { entity: index, label: entity.label },
        title: entity.label }, text.slice(entity.start, entity.end));
      mark.style.borderColor = colour(entity.label);
      out.append(mark);
      cursor = entity.end;
    }
    out.append(text.slice(cursor));
    if (!text) out.append(element("span", { class: "hint" }, "No text was read."));
  }

  function highlight(index, on) {
    for (const node of document.querySelectorAll(`[data-entity="${index}"]`)) {
      node.classList.toggle("active", on);
    }
  }

  function applyFilter() {
    for (const node of document.querySelectorAll("[data-label]")) {
      node.classList.toggle("filtered", state.hidden.has(node.dataset.label));
      if (node.tagName === "TR") node.hidden = state.hidden.has(node.dataset.label);
    }
  }

  // ---- redaction ----

  function renderRedactLabels(found) {
    const list = $("redact-labels");
    list.replaceChildren();
    for (const label of [...new Set([...PERSONAL_LABELS, ...found])]) {
      const id = `redact-${label}`;
      list.append(element("span", { class: "chip" },
        element("input", { type: "checkbox", id, value: label,
          checked: PERSONAL_LABELS.includes(label) }),
        element("label", { for: id }, label)));
    }
  }

  async function redact() {
    if (!state.file) return;
    const labels = [...document.querySelectorAll("#redact-labels input:checked")]
      .map((box) => box.value);
    $("redact-result").hidden = true;
    clearError();
    if (!labels.length) {
      setStatus("redact-status", "Choose at least one label to burn out.");
      return;
    }
    setStatus("redact-status", `Redacting ${labels.join(", ")} and checking the result…`, true);
    const form = fileForm(state.file);
    form.append("labels", labels.join(","));
    let response;
    try {
      response = await fetch("/api/redact", { method: "POST", body: form, headers: headers() });
    } catch (error) {
      setStatus("redact-status", "");
      showError({ status: 0, title: "No answer", detail: `The service cannot be reached (${error}).` });
      return;
    }
    if (!response.ok) {
      setStatus("redact-status", "");
      showError(await problemFrom(response));
      return;
    }
    const report = JSON.parse(response.headers.get("X-Redaction-Report") || "{}");
    const blob = await response.blob();
    const url = objectUrl(blob);
    const disposition = response.headers.get("Content-Disposition") || "";
    const match = /filename\*=UTF-8''([^;]+)/.exec(disposition);
    const name = match ? decodeURIComponent(match[1]) : "redacted";
    const link = $("redact-download");
    link.href = url;
    link.download = name;
    link.textContent = `Download ${name}`;
    const image = $("redact-image");
    const previewable = blob.type.startsWith("image/") && blob.type !== "image/tiff";
    // A redacted PDF or TIFF: its first page, as the service renders it.
    const shown = previewable ? url : await pageImage(new File([blob], name, { type: blob.type }), 1);
    $("redact-preview").hidden = !shown;
    if (shown) image.src = shown;
    $("redact-report").textContent = describe(report);
    $("redact-result").hidden = false;
    setStatus("redact-status", `Redacted and checked: ${name} is ready.`);
  }

  function describe(report) {
    const counts = {};
    for (const removed of report.removed || []) counts[removed.label] = (counts[removed.label] || 0) + 1;
    const what = Object.entries(counts).map(([label, n]) => `${label} ×${n}`).join(", ");
    const mentions = (report.removed || []).filter((removed) => removed.mention).length;
    const check = report.verification || {};
    const boxes = report.removed_omitted ? report.removed_count : (report.removed || []).length;
    return `${boxes} boxes burned out${what ? ` (${what})` : ""} ` +
      `on ${report.pages} page(s)` +
      (mentions ? `, ${mentions} of them further mentions the model had missed` : "") +
      `. Read again by ${check.engine || "OCR"}: ` +
      `${check.verified ? "none" : "some"} of the ${check.words_checked} redacted words ` +
      `can be read (${check.words_read} words read).`;
  }

  // ---- wiring ----

  function wire() {
    const key = $("api-key");
    key.value = sessionStorage.getItem(KEY_STORAGE) || "";
    key.addEventListener("input", () => sessionStorage.setItem(KEY_STORAGE, key.value));
    key.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && state.file) analyse(state.file); // send it again, with the key
    });
    $("pdf-password").addEventListener("keydown", (event) => {
      if (event.key === "Enter" && state.file) analyse(state.file); // again, with the password
    });

    const input = $("file");
    input.addEventListener("change", () => {
      if (input.files.length) analyse(input.files[0]);
      input.value = ""; // so that choosing the same file again sends it again
    });

    const drop = $("drop");
    for (const name of ["dragenter", "dragover"]) {
      drop.addEventListener(name, (event) => { event.preventDefault(); drop.classList.add("over"); });
    }
    for (const name of ["dragleave", "drop"]) {
      drop.addEventListener(name, () => drop.classList.remove("over"));
    }
    drop.addEventListener("drop", (event) => {
      event.preventDefault();
      const file = event.dataTransfer.files[0];
      if (file) analyse(file);
    });
    document.addEventListener("paste", (event) => {
      const file = [...(event.clipboardData?.files || [])][0];
      if (file) analyse(file.name ? file : new File([file], "pasted.png", { type: file.type }));
    });
    $("redact-button").addEventListener("click", redact);
  }

  wire();
})();
