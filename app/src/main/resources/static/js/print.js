// The printable interview schedule: a print button (CSP allows no inline handlers).
document.addEventListener('DOMContentLoaded', () => {
  const button = document.getElementById('schedule-print');
  if (button) {
    button.addEventListener('click', () => window.print());
  }
});
