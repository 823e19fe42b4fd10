// Starts reveal.js for the deck; `?print-pdf&notes` prints speaker notes on pages of their own.
(function () {
  var search = window.location.search;
  var deck = document.querySelector('.reveal');
  Reveal.initialize({
    // The slide size the build chose (16:9 or 4:3), also given to deck.css as --deck-width and --deck-height.
    width: Number(deck.getAttribute('data-width')),
    height: Number(deck.getAttribute('data-height')),
    margin: 0,
    center: false,
    hash: true,
    slideNumber: 'c/t',
    showSlideNumber: 'all',
    controls: true,
    progress: true,
    keyboard: true,
    // → and ← step through every slide, the glossary's vertical stacks included.
    navigationMode: 'linear',
    transition: 'none',
    pdfMaxPagesPerSlide: 1,
    pdfSeparateFragments: false,
    showNotes: /[?&]notes\b/.test(search) ? 'separate-page' : false,
    plugins: [RevealNotes],
  });
  Reveal.on('pdf-ready', function () {
    // Printed, every slide is shown: reveal's hiding of all but the current one would keep them out of the PDF's tags and bookmarks.
    document.querySelectorAll('.slides section').forEach(function (slide) {
      slide.hidden = false;
      slide.removeAttribute('aria-hidden');
    });
    document.documentElement.setAttribute('data-pdf-ready', 'true');
  });
})();
