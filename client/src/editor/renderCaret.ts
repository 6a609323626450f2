const HEX_COLOR = /^#[0-9a-f]{6}$/i

/**
 * The caret of another person: a coloured bar with their name above it. The name is drawn by
 * CSS from `data-name` rather than as text, so it is not part of the document's text (copying,
 * screen readers reading the minutes, `textContent`), and it is hidden from assistive technology.
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color =
    typeof user.color === 'string' && HEX_COLOR.test(user.color) ? user.color : '#6b7280'
  const name = typeof user.name === 'string' ? user.name.slice(0, 80) : ''
  const caret = document.createElement('span')
  caret.className = 'collaboration-carets__caret'
  caret.setAttribute('aria-hidden', 'true')
  caret.style.borderColor = color
  const label = document.createElement('span')
  label.className = 'collaboration-carets__label'
  label.dataset.name = name
  label.style.backgroundColor = color
  caret.appendChild(label)
  return caret
}
