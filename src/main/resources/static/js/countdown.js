/*
 * Keeps every countdown badge (templates/cases/countdown.html) running between page loads. The time it
 * counts from is the application's clock, not the browser's: each badge carries the server's now
 * (data-now) from when it was rendered, and the script only adds the time the browser has seen pass
 * since. In drill mode the application's clock is moved and a browser's own clock would be wrong.
 * The words are the server's message patterns (data-*), built as regimes.DeadlineWords builds them.
 */
(function () {
  'use strict';

  var firstSeen = new WeakMap();

  function count(pattern, n) { return pattern.replace('%n', n); }

  /* Days and hours when a day or more is left, else hours and minutes, else minutes. */
  function amount(words, span) {
    var minutes = Math.floor(span / 60000);
    var days = Math.floor(minutes / 1440);
    var hours = Math.floor(minutes / 60) % 24;
    var rest = minutes % 60;
    var parts = [];
    if (days > 0) {
      parts.push(count(days === 1 ? words.dayOne : words.dayMany, days));
      if (hours > 0) { parts.push(count(words.hours, hours)); }
    } else if (hours > 0) {
      parts.push(count(words.hours, hours));
      if (rest > 0) { parts.push(count(words.minutes, rest)); }
    } else {
      parts.push(count(words.minutes, rest));
    }
    return parts.join(' ');
  }

  /*
   * In a drill the application's clock runs at the drill's pace (or stands still): the DRILL strip carries its
   * latest now, its rate (drill milliseconds per real one) and when the browser learnt them (static/js/drill.js).
   */
  function appNow(browserNow) {
    var clock = document.querySelector('[data-app-clock]');
    if (!clock || isNaN(Date.parse(clock.dataset.now))) { return null; }
    var seenAt = Number(clock.dataset.seenAt || browserNow);
    return Date.parse(clock.dataset.now) + (browserNow - seenAt) * Number(clock.dataset.rate || 0);
  }

  function tick() {
    var browserNow = Date.now();
    var drillNow = appNow(browserNow);
    document.querySelectorAll('.countdown[data-due][data-now]').forEach(function (badge) {
      if (!firstSeen.has(badge)) { firstSeen.set(badge, browserNow); }
      var now = drillNow !== null ? drillNow : Date.parse(badge.dataset.now) + (browserNow - firstSeen.get(badge));
      var left = Date.parse(badge.dataset.due) - now;
      if (isNaN(left)) { return; }
      var overdue = left < 0;
      badge.textContent = (overdue ? badge.dataset.overdue : badge.dataset.in)
        .replace('%s', amount(badge.dataset, Math.abs(left)));
      if (overdue && !badge.classList.contains('overdue')) {
        badge.classList.remove('on-track', 'at-risk');
        badge.classList.add('overdue');
      }
    });
  }

  window.breachflowCountdowns = tick;
  tick();
  window.setInterval(tick, 30000);
  document.addEventListener('htmx:afterSwap', tick);
}());
