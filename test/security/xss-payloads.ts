/**
 * Hostile strings for every text field of the feed. Each must show as literal text: no element
 * created from it, no dialog, no script run.
 */
export const xssPayloads: string[] = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"></svg>',
  '<svg><script>window.__xss=1</script></svg>',
  '"><img src=x onerror=window.__xss=1>',
  "'><svg/onload=window.__xss=1>",
  '<iframe src="javascript:window.__xss=1"></iframe>',
  'javascript:window.__xss=1',
  'JaVaScRiPt:window.__xss=1',
  ' javascript:window.__xss=1',
  'java\tscript:window.__xss=1',
  'java\nscript:window.__xss=1',
  '&#106;avascript:window.__xss=1',
  'javascript&colon;window.__xss=1',
  '\u0001javascript:window.__xss=1',
  'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '<a href="javascript:window.__xss=1">click</a>',
  '<div style="background:url(javascript:window.__xss=1)">x</div>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '<details open ontoggle="window.__xss=1">',
  '{{constructor.constructor("window.__xss=1")()}}',
  '${window.__xss=1}',
  '<body onload=window.__xss=1>',
]

/** Payloads that are URLs: only http and https may ever become links. */
export const hostileUrls: string[] = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript&#58;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/x',
  'ftp://example.com/x',
  'mailto:someone@example.com',
]
