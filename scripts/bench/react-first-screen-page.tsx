// Bench only (page-load): the static reference's first screen put on the page by React, with no
// feed to fetch and no app code. The earliest a first screen rendered by React can paint here.
import { createRoot } from 'react-dom/client'

declare const FIRST_SCREEN_BODY: string

const root = document.getElementById('root')
// The bench's own markup (the static reference's, its feed text escaped there), committed in one
// piece: a lower bound for a screen React builds element by element.
// eslint-disable-next-line no-restricted-syntax
if (root) createRoot(root).render(<div dangerouslySetInnerHTML={{ __html: FIRST_SCREEN_BODY }} />)
