import * as z from 'zod/mini'

// zod compiles object schemas with `new Function` when it may, and probing for that alone is a
// violation of a CSP without 'unsafe-eval' (docs/deploy.md). Schemas read this setting when they
// are built, so this module is imported before any schema module (first import of boot.tsx).
z.config({ jitless: true })
