// Scrolls a screen at a time to the end, letting two frames pass at each stop so that the page's scroll
// handlers and IntersectionObservers see it (lazy pictures start loading then); gives the height at the end.
// Driven by frames, not by a fixed pause per step. Called by LazyLoader with [steps, budget in ms].
async ([steps, budget]) => {
  // two frames, or a tenth of a second where the page paints none (still parsing, or hidden)
  const frames = () => new Promise(r => {
    requestAnimationFrame(() => requestAnimationFrame(r));
    setTimeout(r, 100);
  });
  const until = Date.now() + budget;
  for (let i = 0; i < steps && Date.now() < until; i++) {
    const before = window.scrollY;
    window.scrollBy(0, window.innerHeight);
    await frames();
    if (window.scrollY === before) break;
  }
  return document.documentElement.scrollHeight;
}
