/**
 * The presenter window (`?mode=group&view=presenter&session=…`): the PresenterPanel (group-presenter.ts)
 * talking to the projector window by postMessage (protocol.ts), with the facilitator's keys and key help.
 */
import { isGroupView } from '../core/group/view-guard.ts';
import { isRecord } from '../core/guards.ts';
import { message, parseAudienceMessage } from '../core/group/protocol.ts';
import { openerWindow } from './dom.ts';
import { keyAction } from './group-keys.ts';
import { helpDialog } from './group-help.ts';
import { PresenterPanel } from './group-presenter.ts';
import { Audience } from './group-audience.ts';
import { GROUP_PRESENTER_COPY } from '../content/copy/group-presenter.ts';

/** The facilitator's notices the projector sent along with the view (see PresenterLink). */
function noticesOf(view: unknown): { level: string; text: string }[] {
  const list = isRecord(view) ? view.notices : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((n: unknown) => (isRecord(n) && typeof n.text === 'string' ? [{ level: String(n.level), text: n.text.slice(0, 500) }] : []));
}

/**
 * The presenter window: opened by the projector window with `?mode=group&view=presenter&session=…`. It holds
 * no state of its own: it says hello, then pings every second; the projector answers with the whole view.
 * Either window may reload: the pings carry on, and the projector (which saved the session) answers again.
 */
export function startPresenterWindow(root: HTMLElement, sessionId: string): void {
  document.title = GROUP_PRESENTER_COPY.documentTitle;
  const opener = openerWindow();
  let lastHeard = 0;
  let singleKeys = true;
  const post = (data: unknown) => {
    try {
      opener?.postMessage(data, location.origin);
    } catch {
      /* the projector window is gone or navigating: the next ping tries again */
    }
  };
  const panel = new PresenterPanel((command) => post(message.command(sessionId, command)), {
    headingLevel: 'h1',
    notes: true,
    // The speaker view: the projector's screen now and next, drawn by the projector's own renderer (never clicked).
    previews: (screen, view) => Audience.screenContent(screen, view, () => undefined),
  });
  root.append(panel.el);
  panel.renderWaiting();
  if (!opener || !/^[A-Za-z0-9-]{8,64}$/.test(sessionId)) {
    panel.setStatus(GROUP_PRESENTER_COPY.connection.noProjector);
    return;
  }
  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || event.source !== opener) return;
    const msg = parseAudienceMessage(event.data);
    if (!msg || msg.session !== sessionId) return;
    lastHeard = Date.now();
    if (msg.kind === 'refused') {
      panel.setStatus(GROUP_PRESENTER_COPY.connection.refused(msg.reason));
      return;
    }
    if (msg.kind === 'second') {
      // Another presenter window has control: say so here (never drop clicks silently), and offer to take over.
      document.documentElement.dataset.presenter = 'second';
      panel.setSecond(() => post(message.takeover(sessionId)));
      return;
    }
    const view = msg.view;
    if (!isGroupView(view)) return;
    singleKeys = view.settings.singleKeys;
    panel.setSecond(undefined);
    panel.setStatus('');
    panel.render(view, noticesOf(view));
    document.documentElement.dataset.presenter = 'connected';
  });
  post(message.hello(sessionId));
  setInterval(() => {
    post(message.ping(sessionId));
    if (Date.now() - lastHeard > 3000) {
      document.documentElement.dataset.presenter = 'reconnecting';
      panel.setStatus(opener.closed ? GROUP_PRESENTER_COPY.connection.closed : GROUP_PRESENTER_COPY.connection.reconnecting);
    }
    panel.tick(Date.now());
  }, 1000);
  window.addEventListener('pagehide', () => post(message.bye(sessionId)));
  // Printing from here prints the summary in full, folded sections included.
  window.addEventListener('beforeprint', () => {
    for (const d of root.querySelectorAll<HTMLDetailsElement>('.psummary details')) d.open = true;
  });
  const help = helpDialog();
  root.append(help.el);
  document.addEventListener('keydown', (e) => {
    if (help.isOpen() && e.key !== '?' && e.key !== 'Escape') return;
    const action = keyAction(e, singleKeys);
    if (!action) return;
    e.preventDefault();
    if ('command' in action) panel.command(action.command);
    else if (action.ui === 'help') help.toggle();
    else if (action.ui === 'close') help.close();
    else if (action.ui === 'fullscreen') panel.setStatus(GROUP_PRESENTER_COPY.connection.fullscreen);
    else if (action.ui === 'presenter' || action.ui === 'panel') panel.setStatus(GROUP_PRESENTER_COPY.connection.thisIsPresenter);
  });
}
