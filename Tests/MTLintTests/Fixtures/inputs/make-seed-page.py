#!/usr/bin/env python3
"""Wraps the seed article (../shared/corpus/seed/000_759a26c277f83cb2.txt) in a page like the
scraped original: head with scripts and styles, site navigation, a cookie banner, the article
with its photo captions in <figure>/<figcaption>, a footer. Every paragraph of the text (lines
between blank lines) becomes one element, its lines joined with <br>, so the page's visible
text is the article. Run from the repository root: python3 Tests/MTLintTests/Fixtures/inputs/make-seed-page.py [SEED.txt]"""
import html, re, sys

seed = open(sys.argv[1] if len(sys.argv) > 1 else '../shared/corpus/seed/000_759a26c277f83cb2.txt', encoding='utf-8').read()
paragraphs = [p.split('\n') for p in re.split(r'\n\s*\n', seed.strip('\n'))]
cyrillic = re.compile('[А-Яа-яЁё]')

def text(line):
    # Entities as a CMS writes them: quotes and dashes, the no-break space, guillemets.
    out = html.escape(line, quote=False)
    return out.replace('\u00a0', '&nbsp;').replace('«', '&laquo;').replace('»', '&raquo;').replace('—', '&mdash;')

out = ['<!DOCTYPE html>', '<html lang="en">', '<head>',
       '<meta charset="utf-8">',
       '<title>Посол России в Израиле: «У военных много тем для диалога» | Известия</title>',
       '<meta name="description" content="Интервью с послом России в Израиле Анатолием Викторовым">',
       '<link rel="stylesheet" href="/static/css/main.css">',
       '<style>.article p { margin: 0 0 1em; } .cookie-banner { position: fixed; }</style>',
       '<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"rubric": "Политика", "title": "Посол России"});</script>',
       '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Россия и Израиль"}</script>',
       '</head>', '<body class="page">',
       '<header class="site-header"><a class="logo" href="/">Izvestia</a>',
       '<nav class="main-menu"><ul><li><a href="/politics">Politics</a></li><li><a href="/economy">Экономика</a></li>'
       '<li><a href="/world">World</a></li><li><a href="/society">Общество</a></li></ul></nav></header>',
       '<div class="cookie-banner">Мы используем файлы cookie. <button>OK</button></div>',
       '<main id="content">', '<article class="article">']
headline_done = False
for paragraph in paragraphs:
    joined = '<br>\n'.join(text(line) for line in paragraph)
    first = paragraph[0]
    if paragraph[0].startswith('Skip to main content'):
        out.append('<div class="article-tools">' + joined + '</div>')
    elif len(paragraph) == 1 and first.startswith('"') and first.endswith('"') and len(first) < 140:
        out.append('<h2 class="article-subtitle">' + joined + '</h2>')
    elif cyrillic.search(first) and len(first) < 80 and not first.startswith('Переведено'):
        out.append('<figure class="article-photo"><img src="/photos/%d.jpg" alt="">' % len(out))
        out.append('<figcaption>' + joined + '</figcaption></figure>')
    elif first.startswith('Photo:'):
        out.append('<p class="photo-credit">' + joined + '</p>')
    else:
        tag = 'p'
        out.append('<%s>%s</%s>' % (tag, joined, tag))
    if not headline_done:
        out.append('<script>trackView("article");</script>')
        headline_done = True
out += ['</article>', '</main>',
        '<aside class="sidebar"><h3>Читайте также</h3><ul><li><a href="/1">Новости дня</a></li></ul></aside>',
        '<footer class="site-footer"><p>© 2024 Известия. Все права защищены.</p></footer>',
        '<script src="/static/js/app.js"></script>', '<!-- Яндекс.Метрика counter -->',
        '<noscript><div><img src="https://mc.yandex.ru/watch/1" alt="Метрика"></div></noscript>',
        '</body>', '</html>', '']
sys.stdout.write('\n'.join(out))
