// Test-only: records every message the host page receives, beside the documented snippet.
window.__messages = []
window.addEventListener('message', function (event) {
  window.__messages.push({ origin: event.origin, data: event.data })
})
