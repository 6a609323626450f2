const isMac =
  typeof navigator !== 'undefined' &&
  /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent)

const KEY_NAMES: Record<string, string> = {
  Mod: isMac ? '⌘' : 'Ctrl',
  Alt: isMac ? '⌥' : 'Alt',
  Shift: 'Shift',
  ArrowUp: '↑',
  ArrowDown: '↓',
}

/** A Tiptap key binding ("Mod-Shift-Enter") as people read it ("Ctrl+Shift+Enter", "⌘+Shift+Enter"). */
export function formatShortcut(binding: string): string {
  return binding
    .split('-')
    .map((key) => KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key))
    .join('+')
}
