// Injected into every benchmarked page before its own scripts (Playwright's addInitScript), so it
// sees the page from its first frame. It records, in the page's own clock (performance.now(),
// milliseconds from navigation start):
//
// - `firstMarker`: the end of the first frame painted with a marker element on screen (a box of
//   non-zero size that intersects the viewport, not `visibility: hidden`), found by checking at
//   every animation frame and timing the task that follows the frame's paint;
// - `cls`: the cumulative layout shift, without shifts that follow input (`hadRecentInput`);
// - the wasm memories the page instantiates (WebAssembly.instantiate{,Streaming} are wrapped), so
//   their size can be read although the page keeps its module to itself;
// - `measure(action, ready)`: the time from an action, taken at the start of a frame, to the end
//   of the painted frame in which `ready()` first holds, and to the end of the painted frame after
//   the last DOM mutation it caused.
//
// The marker selector is set by the driver as `window.__benchMarker` in a first init script.
(() => {
  const B = (window.__bench = {
    firstMarker: null,
    firstMarkerAnywhere: null,
    cls: 0,
    shifts: 0,
    wasmMemories: [],
    click: null,
    answer: null,
  });

  /** Resolves with performance.now() in the task after the current frame's paint. */
  B.afterPaint = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  /** Resolves in the next frame, before its style, layout and paint. */
  B.frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  /** Resolves after the paint of the next frame. */
  B.nextPaint = () => B.frame().then(B.afterPaint);

  /** Whether `el` is rendered with a box, and whether that box is on screen. */
  B.visibility = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return { rendered: false, onScreen: false };
    if (getComputedStyle(el).visibility === 'hidden') return { rendered: false, onScreen: false };
    const onScreen = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    return { rendered: true, onScreen };
  };

  // The first marker on screen: checked once per frame from the first frame on.
  const watchMarkers = () => {
    const selector = window.__benchMarker;
    let anywhere = false;
    let onScreen = false;
    for (const el of document.querySelectorAll(selector)) {
      const v = B.visibility(el);
      anywhere ||= v.rendered;
      onScreen ||= v.onScreen;
      if (onScreen) break;
    }
    if (anywhere && B.firstMarkerAnywhere === null) {
      B.firstMarkerAnywhere = -1;
      B.afterPaint().then((t) => (B.firstMarkerAnywhere = t));
    }
    if (onScreen) {
      B.afterPaint().then((t) => (B.firstMarker = t));
      return;
    }
    requestAnimationFrame(watchMarkers);
  };
  requestAnimationFrame(watchMarkers);

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) {
          B.cls += entry.value;
          B.shifts += 1;
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    B.cls = null;
  }

  // The wasm memory: the module's exported memory, caught on instantiation.
  const keep = (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result?.instance;
    for (const value of Object.values(instance?.exports ?? {})) {
      if (value instanceof WebAssembly.Memory) B.wasmMemories.push(value);
    }
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then(keep);
    };
  }
  /** Bytes of every wasm memory the page made, or null when it made none. */
  B.wasmBytes = () =>
    B.wasmMemories.length ? B.wasmMemories.reduce((sum, m) => sum + m.buffer.byteLength, 0) : null;

  /**
   * Starts recording the next pointerdown (the driver then clicks) and polls after every paint
   * until `ready()` holds; `answer` is the end of that painted frame.
   */
  B.armClick = (ready) => {
    B.click = null;
    B.answer = null;
    addEventListener(
      'pointerdown',
      (e) => {
        B.click ??= e.timeStamp;
        // Summitry: whether the view the build rendered took the click, before the wasm.
        B.clickBeforeLive = !document.querySelector('[data-summitry-live]');
      },
      { capture: true, once: true },
    );
    const poll = () => {
      if (B.click !== null && ready()) {
        B.answer = performance.now();
        return;
      }
      B.nextPaint().then(poll);
    };
    B.nextPaint().then(poll);
  };

  /**
   * Runs `action` at the start of a frame and follows the frames after it. Resolves to
   * { painted, settled, mutations } in ms from the action: `painted` is the end of the first
   * painted frame in which `ready()` holds; `settled` the end of the painted frame holding the
   * last DOM mutation, once `quiet` frames in a row brought none (or `cap` ms passed).
   */
  B.measure = async (action, ready, { quiet = 3, cap = 15_000 } = {}) => {
    await B.frame();
    let mutations = 0;
    const observer = new MutationObserver((records) => (mutations += records.length));
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const t0 = performance.now();
    action();
    let painted = null;
    let settled = null;
    let seen = 0;
    let still = 0;
    let t = await B.afterPaint();
    for (;;) {
      if (mutations !== seen) {
        seen = mutations;
        settled = t;
        still = 0;
      } else {
        still += 1;
      }
      if (painted === null && ready()) painted = t;
      if ((painted !== null && still >= quiet) || t - t0 > cap) break;
      t = await B.nextPaint();
    }
    observer.disconnect();
    return {
      painted: painted === null ? null : painted - t0,
      settled: settled === null ? (painted === null ? null : painted - t0) : settled - t0,
      mutations,
      capped: painted === null || still < quiet,
    };
  };
})();
