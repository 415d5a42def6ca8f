/**
 * Rows waiting for their badge, in page order, handed over once they come within a few screens of the
 * viewport. Found by a binary search on the rows' positions a frame after a scroll or resize; no observer per
 * row (an IntersectionObserver target costs the page ~1.5 KB: 3 MB for a 2,000-row list).
 */
export interface NearViewport {
  /** The rows still waiting, in page order (each pass sets the whole list). */
  wait(rows: readonly Element[]): void;
  stop(): void;
}

/**
 * `screens`: how far beyond the viewport rows get their badge (that many screens above, one more below, where
 * the merchant usually scrolls). Each badge in a table cell costs the page ~6 KB of layout data: one screen
 * keeps a 2,000-row table at ~80 badges instead of ~155 with three, and a wheel scroll still finds them drawn.
 *
 * While the merchant scrolls, a row coming into that zone brings `ahead` more rows beyond it (half as many
 * above): every batch of badges makes the page lay its list out again, which on a 10,000-card list costs it
 * 40–100 ms whatever the batch's size. Measured over 30 wheel notches: 11 long frames with a batch per notch.
 */
export function watchNearViewport(onNear: (rows: Element[]) => void, screens = 1, ahead = 100): NearViewport {
  let waiting: Element[] = [];
  let frame = 0;
  /** Rows beyond the zone to bring along in the coming check (0 for the first look after a pass). */
  let extra = 0;

  const check = () => {
    frame = 0;
    const more = extra;
    extra = 0;
    waiting = waiting.filter((el) => el.isConnected);
    if (!waiting.length) return;
    const above = -screens * innerHeight;
    const below = (screens + 1) * innerHeight;
    let from = 0;
    let to = waiting.length;
    while (from < to) {
      const mid = (from + to) >> 1;
      if ((waiting[mid] as Element).getBoundingClientRect().bottom < above) from = mid + 1;
      else to = mid;
    }
    let end = from;
    while (end < waiting.length && (waiting[end] as Element).getBoundingClientRect().top <= below) end++;
    if (end === from) return;
    const start = Math.max(0, from - (more >> 1));
    const near = waiting.splice(start, Math.min(waiting.length, end + more) - start);
    onNear(near);
  };
  // After the next frame is drawn, not inside it: the page's layout is then up to date, so reading the rows'
  // positions costs nothing (inside the frame the first read would force a whole-table layout in our task).
  const schedule = (more: number) => {
    // A scroll with no row waiting brings nothing along to a later pass's first look.
    if (!waiting.length) return;
    extra = Math.max(extra, more);
    if (!frame) frame = requestAnimationFrame(() => setTimeout(check, 0));
  };
  const onScroll = () => schedule(ahead);
  addEventListener('scroll', onScroll, { capture: true, passive: true });
  addEventListener('resize', onScroll, { passive: true });

  return {
    wait(rows) {
      waiting = [...rows];
      schedule(0);
    },
    stop() {
      cancelAnimationFrame(frame);
      waiting = [];
      removeEventListener('scroll', onScroll, { capture: true });
      removeEventListener('resize', onScroll);
    },
  };
}
