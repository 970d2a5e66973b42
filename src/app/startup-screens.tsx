/** Painted before anything loads: the page's frame, so nothing jumps when the data arrives. */
export function StartupShell() {
  return (
    <div className="mx-auto max-w-[1800px] p-2 sm:p-3" aria-busy="true">
      <div className="mb-3 flex items-center gap-4 rounded-lg border border-line bg-surface px-3 py-2">
        <p className="text-base font-semibold">Trade Talks Monitor</p>
        <p className="text-sm text-muted">Loading…</p>
      </div>
    </div>
  )
}

export function ConfigErrorScreen({ message }: { message: string }) {
  return (
    <main className="mx-auto max-w-xl p-6">
      <h1 className="text-lg font-semibold">Trade Talks Monitor cannot start</h1>
      <p role="alert" className="mt-2">
        {message}
      </p>
      <p className="mt-2 text-muted">
        Check <code>config.json</code> next to this page (see docs/config.md), then reload.
      </p>
    </main>
  )
}
