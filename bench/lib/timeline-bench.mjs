// Measures the timeline drawing 100,000 trace events while it pans and zooms. Chromium runs in a
// browser of its own with the frame-rate cap lifted, so the interval between animation frames is
// the real cost of a frame instead of the display's 16.7 ms vsync.
import { launch } from "./browser.mjs";

const timelineEvents = 100_000;

/** Append time, frame intervals and per-frame draw times, over 120 frames. */
export async function measureTimeline(baseUrl) {
  const browser = await launch(["--disable-frame-rate-limit", "--disable-gpu-vsync"]);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/timeline.html`);
    await page.waitForFunction(() => "timelineBench" in window);
    return await page.evaluate((count) => window.timelineBench.measure(count, 120), timelineEvents);
  } finally {
    await browser.close();
  }
}
