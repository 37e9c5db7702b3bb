/*
 * Drill mode: keeps the DRILL strip's time (templates/drill/banner.html) and every countdown in step with the
 * drill clock, which runs at the drill's pace (one hour per minute, say) or stands still. Every few seconds it asks
 * the server for the drill clock's now and rate (GET /drill/clock) and writes them on the strip's data-app-clock
 * element, from which static/js/countdown.js counts; between answers the time runs on at that rate.
 */
(function () {
  'use strict';

  var clock = document.querySelector('[data-app-clock][data-clock-url]');
  if (!clock) { return; }
  var shown = document.querySelectorAll('.drill-now');

  clock.dataset.seenAt = String(Date.now());

  function refresh() {
    fetch(clock.dataset.clockUrl, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) {
        if (!state) { return; }
        clock.dataset.now = state.now;
        clock.dataset.rate = String(state.rate);
        clock.dataset.seenAt = String(Date.now());
        shown.forEach(function (time) { time.textContent = state.text; });
        if (window.breachflowCountdowns) { window.breachflowCountdowns(); }
      })
      .catch(function () { /* the next refresh tries again */ });
  }

  window.setInterval(refresh, 5000);
}());
