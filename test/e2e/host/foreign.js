// Posts a forged height message to whoever frames this page, again and again.
function forge() {
  window.parent.postMessage(
    { type: 'trade-talks-monitor:height', version: 1, height: 4321, view: 'quotes' },
    '*',
  )
}
forge()
setInterval(forge, 200)
