// Listen: the page read aloud by the device's own voices. Keep it under 6 KB.
(() => {
  const synth = window.speechSynthesis;
  const box = document.querySelector("[data-listen-control]");
  const region = document.querySelector("[data-listen-region]");
  if (!synth || !box || !region) return;
  const SKIP = "nav,form:not([data-listen-read]),footer,button,audio,video,svg,script,.button,.notice,[aria-hidden=true],[data-listen-skip]";
  const said = box.dataset, play = box.querySelector("[data-listen=play]");
  const marks = window.CSS?.highlights;
  const langOf = (el) => el.closest("[lang]")?.lang ?? "";
  const pageLang = langOf(region.querySelector("h1") || region);
  let queue = [], at, state = "idle", rate = 1, current, lit;

  // Voices on the device only: a remote voice would send the text to another site.
  const voiceFor = (lang) => synth.getVoices().find((v) => v.localService &&
    v.lang.split(/[-_]/)[0].toLowerCase() === lang.split("-")[0].toLowerCase());

  // Visible text by block, plain words first; a fragment keeps its own lang.
  const paragraphs = () => {
    const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT), out = [];
    let node, para;
    while ((node = walker.nextNode())) {
      let el = node.parentElement;
      if (!node.data.trim() || el.closest(SKIP) || el.checkVisibility?.() === false) continue;
      const lang = langOf(el), first = !!el.closest("[data-listen-first]");
      while (getComputedStyle(el).display.startsWith("inline")) el = el.parentElement;
      if (para?.el !== el) out.push((para = { el, first, parts: [] }));
      let part = para.parts.at(-1);
      if (part?.lang !== lang) para.parts.push((part = { lang, nodes: [], text: "" }));
      // Pieces (lines, inline tags) are spaced unless punctuation follows.
      if (part.text && /^[^\s.,;:!?،؟…)]/.test(node.data)) part.text += " ";
      part.nodes.push({ node, from: part.text.length });
      part.text += node.data;
    }
    return out.sort((a, b) => b.first - a.first);
  };

  // One utterance per sentence, cut at a space past 200 characters: Chrome stops long ones.
  const build = () => paragraphs().flatMap((para) => para.parts.flatMap((part) =>
    [...part.text.matchAll(/\S(?:[^]{0,198}?(?:[.!?؟…]+(?=\s|$)|$)|[^]{0,198}(?=\s)|[^]{0,199})/g)]
      .map((m) => ({ para, part, from: m.index, to: m.index + m[0].length, text: m[0].replace(/\s+/g, " ").trim() }))));

  const point = (nodes, pos) => {
    const n = nodes.findLast((m) => m.from <= pos);
    return [n.node, pos - n.from];
  };

  // Mark and show the paragraph read, and the sentence where the browser can.
  const show = (item) => {
    const el = item?.para.el;
    if (lit !== el) {
      lit?.classList.remove("listen-reading");
      el?.classList.add("listen-reading");
      const calm = matchMedia("(prefers-reduced-motion: reduce)").matches;
      el?.scrollIntoView({ block: "center", behavior: calm ? "instant" : "smooth" });
      lit = el;
    }
    if (!marks) return;
    if (!item) return marks.delete("listen");
    const range = new Range();
    range.setStart(...point(item.part.nodes, item.from));
    range.setEnd(...point(item.part.nodes, item.to));
    marks.set("listen", new Highlight(range));
  };

  const speak = () => {
    const item = queue[at];
    if (!item) return stop(said.done);
    const lang = item.part.lang;
    const utterance = Object.assign(new SpeechSynthesisUtterance(item.text), {
      lang, rate, voice: voiceFor(lang) || voiceFor(pageLang),
    });
    // Events of a cancelled utterance are ignored.
    utterance.onend = () => utterance === current && (at++, speak());
    utterance.onerror = () => utterance === current && stop(said.stopped);
    current = utterance;
    show(item);
    synth.speak(utterance);
  };

  const halt = () => { current = null; synth.cancel(); };

  const setState = (next, message) => {
    state = said.state = next;
    play.lastElementChild.textContent = said[next];
    if (message) box.querySelector("[role=status]").textContent = message;
  };

  const stop = (message) => {
    halt();
    show();
    // The tools hide: focus in them goes back to play.
    if (box.contains(document.activeElement)) play.focus();
    setState("idle", message);
  };

  const pause = () => { halt(); setState("paused", said.halted); };

  box.addEventListener("click", (event) => {
    const button = event.target.closest("button"), action = button?.dataset.listen;
    if (action === "play" && state === "playing") pause();
    else if (action === "play") {
      if (state === "idle") { queue = build(); at = 0; }
      if (queue.length) { setState("playing", said.started); speak(); }
    } else if (state === "idle") return;
    else if (action === "stop") stop(said.stopped);
    else if (action === "next") {
      const para = queue[at].para;
      while (queue[at]?.para === para) at++;
      if (state === "playing") { halt(); speak(); } else if (queue[at]) show(queue[at]); else stop(said.done);
    } else if (button?.dataset.rate) {
      rate = +button.dataset.rate;
      for (const b of box.querySelectorAll("[data-rate]")) b.setAttribute("aria-pressed", b === button);
      if (state === "playing") { halt(); speak(); }
    }
  });

  addEventListener("pagehide", () => state !== "idle" && stop());
  document.addEventListener("visibilitychange", () => document.hidden && state === "playing" && pause());

  // Voices may load late: look again when they change.
  const offer = () => {
    if (!box.hidden || !voiceFor(pageLang) || !paragraphs().some((p) => p.el.tagName !== "H1")) return;
    box.hidden = false;
    // Printed QR codes add ?listen=1: ready, never playing.
    if (new URLSearchParams(location.search).get("listen") === "1") {
      box.classList.add("listen--ready");
      if (document.activeElement === document.body) play.focus();
    }
  };
  synth.addEventListener("voiceschanged", offer);
  offer();
})();
