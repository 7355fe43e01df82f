/**
 * Glossary popover (progressive enhancement; `/assets/glossary.js`). Without this script a term
 * link in the text jumps to its entry in “Words explained” and the entry's back-link returns.
 * With it, where the browser supports the Popover API, the definition opens next to the term:
 * a labelled dialog with the entry's definition, example and pronunciation, a link to the full
 * entry and a Close button. Escape, Close or a click outside closes it, and focus goes back to
 * the term link. Modified clicks (new tab, …) keep the link's own behaviour.
 */

const popoverId = 'glossary-popover'
const parts = ['.glossary-definition', '.glossary-aliases', '.glossary-example', '.glossary-pronunciation']

function supportsPopover(): boolean {
  return typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function'
}

function createPopover(): {root: HTMLElement; title: HTMLElement; body: HTMLElement; more: HTMLAnchorElement} {
  const root = document.createElement('div')
  root.id = popoverId
  root.className = 'glossary-popover'
  root.setAttribute('popover', 'auto')
  root.setAttribute('role', 'dialog')
  root.setAttribute('aria-labelledby', `${popoverId}-title`)
  root.tabIndex = -1
  const title = document.createElement('p')
  title.id = `${popoverId}-title`
  title.className = 'glossary-popover-title'
  const body = document.createElement('div')
  const actions = document.createElement('p')
  actions.className = 'glossary-actions'
  const more = document.createElement('a')
  more.className = 'glossary-popover-more'
  more.textContent = 'Open in the word list'
  const close = document.createElement('button')
  close.type = 'button'
  close.className = 'glossary-popover-close'
  close.textContent = 'Close'
  close.setAttribute('popovertarget', popoverId)
  close.setAttribute('popovertargetaction', 'hide')
  actions.append(close, more)
  root.append(title, body, actions)
  document.body.append(root)
  more.addEventListener('click', () => root.hidePopover())
  return {root, title, body, more}
}

function place(popover: HTMLElement, anchor: HTMLElement): void {
  const box = anchor.getBoundingClientRect()
  const width = Math.min(popover.offsetWidth, document.documentElement.clientWidth - 16)
  const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8))
  const below = box.bottom + 6
  const fitsBelow = below + popover.offsetHeight <= window.innerHeight - 8
  popover.style.left = `${left}px`
  popover.style.top = `${fitsBelow ? below : Math.max(8, box.top - popover.offsetHeight - 6)}px`
}

function start(): void {
  const links = document.querySelectorAll<HTMLAnchorElement>('a.term[href^="#term-"]')
  if (links.length === 0 || !supportsPopover()) return
  const popover = createPopover()
  let opener: HTMLAnchorElement | undefined

  popover.root.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'closed' && opener?.isConnected) {
      opener.focus()
      opener = undefined
    }
  })

  for (const link of links) {
    link.setAttribute('aria-haspopup', 'dialog')
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      const entryId = link.getAttribute('href')?.slice(1) ?? ''
      const entry = document.getElementById(entryId)
      const term = entry?.querySelector('dt')
      if (!entry || !term) return
      event.preventDefault()
      popover.title.textContent = term.textContent ?? ''
      popover.body.replaceChildren(
        ...parts.flatMap((selector) => [...entry.querySelectorAll(selector)].map((part) => part.cloneNode(true)))
      )
      popover.more.href = `#${entryId}`
      popover.more.setAttribute('aria-label', `Open “${term.textContent ?? ''}” in the word list`)
      if (popover.root.matches(':popover-open')) popover.root.hidePopover()
      opener = link
      popover.root.showPopover()
      place(popover.root, link)
      popover.root.focus()
    })
  }
}

start()
