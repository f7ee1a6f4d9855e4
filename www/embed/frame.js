// Skillpath frames on host pages. Include it once:
//   <script type="module" src="https://example.org/skillpath/frame.js"></script>
//   <iframe data-skillpath src="https://example.org/skillpath/embed.html?sections=guide"
//           title="Skillpath career guide" loading="lazy"></iframe>
// Each frame takes the height its page reports, and the widget's events
// (skillpath-result, -income, -export, -step, -progress) are dispatched on the
// <iframe> element, bubbling, as <skill-path> dispatches them: one listener
// serves both ways of embedding.
//
// A message counts only if it comes from that very frame's window
// (event.source), from the frame's origin, or "null" where the frame is
// sandboxed without allow-same-origin (its page has no origin of its own
// then, so the window itself is what identifies it); only a height within
// bounds, or an event of a known name, is read from it.
// In a block: the file may be included twice, as a classic script too.
{
  const EVENTS = ["skillpath-result", "skillpath-income", "skillpath-export", "skillpath-step", "skillpath-progress"];

  /** The Skillpath frame `event` came from, if it did. */
  function frameOf(event) {
    for (const frame of document.querySelectorAll("iframe[data-skillpath]")) {
      if (frame.contentWindow !== event.source || !event.source) continue;
      let origin;
      try {
        origin = new URL(frame.src, location.href).origin;
      } catch {
        return null;
      }
      return event.origin === "null" || event.origin === origin ? frame : null;
    }
    return null;
  }

  addEventListener("message", (event) => {
    const data = event.data;
    if (data === null || typeof data !== "object") return;
    if (data.skillpath === "height") {
      const height = Number(data.height);
      if (!Number.isFinite(height) || height <= 0 || height > 100000) return;
      const frame = frameOf(event);
      if (frame) frame.style.height = `${Math.ceil(height)}px`;
    } else if (data.skillpath === "event" && EVENTS.includes(data.type)) {
      const frame = frameOf(event);
      if (frame) frame.dispatchEvent(new CustomEvent(data.type, { bubbles: true, composed: true, detail: data.detail }));
    }
  });
}
