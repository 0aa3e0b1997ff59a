/**
 * The projector window's side of the link with the presenter window (postMessage, see protocol.ts): opens
 * it (S), answers its hello and pings with the whole view, takes its commands, and lets one presenter control
 * the projector at a time (PresenterGate). Used by group-audience.ts.
 */
import type { GroupController, GroupNotice, GroupView } from '../core/group/controller.ts';
import { message, parsePresenterMessage, PresenterGate } from '../core/group/protocol.ts';
import { GROUP_PROJECTOR_COPY } from '../content/copy/group-projector.ts';

const PRESENTER_WINDOW = 'public-profile-presenter';

/**
 * Keeps the presenter window in step: answers its hello and pings with the whole view; takes its commands.
 * One presenter at a time (PresenterGate): another window is told it is a second one, and takes over only
 * when it asks to.
 */
export class PresenterLink {
  private readonly gate = new PresenterGate<Window>();
  private seq = 0;
  /** Facilitator messages (notices) for the presenter, kept a little while. */
  notices: { level: GroupNotice['level']; text: string; until: number }[] = [];

  constructor(
    private readonly group: GroupController,
    private readonly onStatus: () => void,
  ) {
    window.addEventListener('message', this.onMessage);
    setInterval(() => this.onStatus(), 1500);
  }

  private get win(): Window | null {
    const win = this.gate.current;
    return win && !win.closed ? win : null;
  }

  get connected(): boolean {
    return this.win !== null && this.gate.connected(Date.now());
  }

  open(): boolean {
    const current = this.win;
    if (current) {
      current.focus();
      return true;
    }
    const url = `${location.pathname}?mode=group&view=presenter&session=${encodeURIComponent(this.group.id)}`;
    let win: Window | null = null;
    try {
      // A fresh name each time: a window that is still closing must not be reused.
      win = window.open(url, `${PRESENTER_WINDOW}-${Date.now()}`, 'popup,width=1000,height=760');
    } catch {
      win = null;
    }
    if (!win) return false;
    this.gate.adopt(win, Date.now());
    return true;
  }

  send(view: GroupView): void {
    const win = this.win;
    if (!win) return;
    const now = Date.now();
    this.notices = this.notices.filter((n) => n.until > now);
    try {
      win.postMessage(
        message.state(this.group.id, ++this.seq, {
          ...view,
          notices: this.notices.map(({ level, text }) => ({ level, text })),
          // The projector's size, for the presenter's miniatures of its screens (group-presenter-preview.ts).
          projector: { width: window.innerWidth, height: window.innerHeight },
        }),
        location.origin,
      );
    } catch {
      this.gate.drop();
    }
  }

  private onMessage = (event: MessageEvent): void => {
    if (event.origin !== location.origin || !event.source || event.source === window) return;
    const msg = parsePresenterMessage(event.data);
    // A message from another window comes from its WindowProxy (not a MessagePort or a service worker).
    const source = event.source;
    if (!msg || !('closed' in source)) return;
    const holder = this.gate.current;
    const decision = this.gate.decide(source, msg, this.group.id, Date.now(), holder?.closed ?? true);
    switch (decision.act) {
      case 'refuse':
        source.postMessage(message.refused(msg.session, GROUP_PROJECTOR_COPY.staleSession), location.origin);
        return;
      case 'second':
        source.postMessage(message.second(msg.session), location.origin);
        return;
      case 'bye':
        this.onStatus();
        return;
      case 'accept':
        // The window that had control (if another) now hears that it is the second one.
        if (holder && holder !== source && !holder.closed) holder.postMessage(message.second(msg.session), location.origin);
        if (msg.kind === 'command')
          this.group.dispatch(msg.command); // the new view is sent by the view listener
        else this.send(this.group.view());
        this.onStatus();
    }
  };
}
