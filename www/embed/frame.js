// Skillpath iframe resizer for host pages. Include it once:
//   <script type="module" src="https://example.org/skillpath/frame.js"></script>
//   <iframe data-skillpath src="https://example.org/skillpath/embed.html?sections=guide"
//           title="Skillpath career guide" loading="lazy"></iframe>
// Each frame takes the height its page reports. A message counts only if it
// comes from that very frame's window (event.source), and only a height, within
// bounds, is read from it. The sender's origin is the frame's, or "null" where
// the frame is sandboxed without allow-same-origin (its page has no origin of
// its own then, so the window itself is what identifies it).
addEventListener("message", (event) => {
  const height = event.data?.skillpath === "height" ? Number(event.data.height) : NaN;
  if (!Number.isFinite(height) || height <= 0 || height > 100000) return;
  for (const frame of document.querySelectorAll("iframe[data-skillpath]")) {
    if (frame.contentWindow !== event.source) continue;
    if (event.origin === "null" || event.origin === new URL(frame.src, location.href).origin) {
      frame.style.height = `${Math.ceil(height)}px`;
    }
  }
});
