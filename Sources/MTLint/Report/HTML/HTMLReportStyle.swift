/// The article report's stylesheet. System fonts only, so the page works offline; family
/// colours are RGB triplets in `--c` so one rule per severity sets the intensity.
enum HTMLReportStyle {
    /// Colours of the families, shared with the dashboard.
    static let families = """
    .fam-leftover{--c:220,38,38}.fam-script{--c:147,51,234}.fam-repetition{--c:234,88,12}
    .fam-terminology{--c:37,99,235}.fam-source{--c:13,148,136}.fam-encoding{--c:100,116,139}
    .fam-other{--c:100,116,139}
    """

    /// Page chrome shared with the dashboard.
    static let base = """
    *{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%}
    body{margin:0;background:#f4f5f7;color:#1f2328;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"DejaVu Sans",sans-serif}
    .card{background:#fff;border:1px solid #e3e6ea;border-radius:10px;box-shadow:0 1px 2px rgba(16,24,40,.04)}
    .wrap{max-width:1440px;margin:0 auto;padding:20px 24px 48px}
    .kicker{font-size:12px;letter-spacing:.08em;text-transform:uppercase;color:#6b7280;font-weight:600}
    h1{font-size:24px;line-height:1.25;margin:2px 0 6px;overflow-wrap:anywhere}
    .path{color:#6b7280;font-size:13px;overflow-wrap:anywhere}
    .meta{display:flex;flex-wrap:wrap;gap:6px 22px;margin:12px 0 0;padding:0}
    .meta div{display:flex;flex-direction:column}
    .meta dt{font-size:11px;text-transform:uppercase;letter-spacing:.06em;color:#6b7280}
    .meta dd{margin:0;font-weight:600}
    .pill{display:inline-block;border-radius:999px;padding:2px 10px;font-weight:600;font-size:13px;background:#eef0f3;color:#4b5563}
    .pill.error{background:#fde8e8;color:#b91c1c}.pill.warning{background:#fdf1dc;color:#9a5b06}.pill.info{background:#e6f0fb;color:#1d5fa8}
    .pill.ok{background:#e3f6e9;color:#17773a}.pill.failed{background:#b91c1c;color:#fff}
    .chart text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,Arial,"DejaVu Sans",sans-serif;fill:#374151}
    .chart .bar{fill:rgb(var(--c))}.chart .track{fill:#f0f1f4}.chart .num{font-weight:700}
    .swatch{display:inline-block;width:10px;height:10px;border-radius:3px;background:rgb(var(--c));margin-right:7px;vertical-align:0}
    @media print{
      body{background:#fff;font-size:11pt}
      .card{box-shadow:none;border:0}
      .noprint{display:none!important}
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      a{color:inherit;text-decoration:none}
    }
    """

    /// The article page's own rules.
    static let article = """
    .top{display:flex;gap:24px;align-items:flex-start;justify-content:space-between;padding:20px 24px}
    .top .head{min-width:0;flex:1}
    .totals{display:flex;gap:8px;flex-wrap:wrap;margin-top:14px}
    .filters{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin:14px 0;padding:10px 14px}
    .filters .label{font-size:12px;color:#6b7280;font-weight:600;text-transform:uppercase;letter-spacing:.06em;margin-right:4px}
    .filters .sep{width:1px;height:22px;background:#e3e6ea;margin:0 6px}
    .chip{display:inline-flex;align-items:center;gap:6px;border:1px solid #d9dde3;border-radius:999px;padding:3px 11px 3px 8px;cursor:pointer;user-select:none;background:#fff}
    .chip input{margin:0;accent-color:rgb(var(--c,75,85,99))}
    .chip b{font-weight:700;color:#4b5563}
    .chip:has(input:not(:checked)){opacity:.45;text-decoration:line-through}
    .hint{margin-left:auto;color:#6b7280;font-size:12px}
    .hint kbd{font:11px ui-monospace,"DejaVu Sans Mono",monospace;border:1px solid #d0d4da;border-bottom-width:2px;border-radius:4px;padding:0 4px;background:#fafbfc}
    .layout{display:grid;grid-template-columns:minmax(0,1fr) 380px;gap:18px;align-items:start}
    .article{padding:18px 10px 22px 0}
    .text{font:17px/1.65 Charter,"Bitstream Charter",Georgia,"DejaVu Serif",serif;color:#1f2328}
    .line{display:grid;grid-template-columns:3.6em minmax(0,1fr);min-height:.9em;border-left:3px solid transparent}
    .line.flagged{border-left-color:#f1b4b4}
    .ln{font:11px/2.3 ui-monospace,"DejaVu Sans Mono",monospace;color:#b4bac3;text-align:right;padding-right:14px;text-decoration:none;user-select:none}
    .line.flagged .ln{color:#b91c1c;font-weight:700}
    .tx{white-space:pre-wrap;overflow-wrap:anywhere;max-width:46em}
    mark.hl{color:inherit;background:rgba(var(--c),.13);border-bottom:2px dotted rgb(var(--c));border-radius:2px;padding:1px 0;-webkit-box-decoration-break:clone;box-decoration-break:clone}
    mark.hl.sev-error{background:rgba(var(--c),.2);border-bottom:2px solid rgb(var(--c))}
    mark.hl.sev-info{background:rgba(var(--c),.06);border-bottom:1px dashed rgba(var(--c),.7)}
    mark.hl mark.hl{background:rgba(var(--c),.22)}
    mark.hl.cut{text-decoration:line-through 2px rgb(var(--c))}
    mark.hl:target,.pin:target{outline:2px solid rgb(var(--c));outline-offset:2px;animation:flash 1.2s ease-out 1}
    @keyframes flash{from{background:rgba(var(--c),.55)}}
    .pin{color:rgb(var(--c));font-size:12px;vertical-align:2px;margin:0 2px}
    .note{display:inline-block;font:12px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,"DejaVu Sans",sans-serif;color:rgb(var(--c));background:#fff;border:1px solid rgba(var(--c),.35);border-radius:9px;padding:0 7px;margin:0 3px;vertical-align:1px;font-style:italic;white-space:normal;max-width:100%}
    .note::before{content:"→ ";font-style:normal;opacity:.75}
    .note.fam-leftover::before{content:"translit. ";font-style:normal;text-transform:uppercase;font-size:9px;letter-spacing:.06em}
    .note.fam-terminology::before{content:"use ";font-style:normal;text-transform:uppercase;font-size:9px;letter-spacing:.06em}
    .panel{position:sticky;top:12px;max-height:calc(100vh - 24px);overflow:auto;padding:14px 0 6px}
    .panel h2{font-size:15px;margin:0 16px 8px;display:flex;justify-content:space-between;align-items:center}
    .group h3{font-size:13px;margin:12px 16px 4px;display:flex;align-items:center}
    .group h3 .count{margin-left:auto;background:rgba(var(--c),.12);color:rgb(var(--c));border-radius:999px;padding:0 9px;font-size:12px}
    .group ol{list-style:none;margin:0;padding:0}
    .item a{display:block;padding:7px 16px 7px 14px;border-left:3px solid transparent;color:inherit;text-decoration:none}
    .item a:hover{background:#f6f7f9;border-left-color:rgb(var(--c))}
    .item .loc{font:12px ui-monospace,"DejaVu Sans Mono",monospace;color:#6b7280;margin-right:6px}
    .item .sev{font-size:11px;font-weight:700;text-transform:uppercase;letter-spacing:.04em}
    .item.sev-error .sev{color:#b91c1c}.item.sev-warning .sev{color:#b45309}.item.sev-info .sev{color:#1d5fa8}
    .item q{display:block;font:15px/1.4 Charter,Georgia,"DejaVu Serif",serif;margin:2px 0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;quotes:none}
    .item .msg{display:block;font-size:12.5px;color:#4b5563}
    .item .rel{color:#8b929c;white-space:nowrap}
    .item .sug{display:block;font-size:12.5px;color:rgb(var(--c));font-style:italic;overflow-wrap:anywhere}
    .empty{padding:8px 16px 14px;color:#17773a;font-weight:600}
    .failure{padding:22px 24px;margin-top:14px;border-left:5px solid #b91c1c}
    .failure h2{margin:0 0 6px;color:#b91c1c;font-size:17px}
    footer{color:#8b929c;font-size:12px;margin-top:18px;text-align:center}
    @media (max-width:980px){.layout{grid-template-columns:1fr}.panel{position:static;max-height:none}.top{flex-direction:column}}
    @media print{
      .layout{display:block}.panel{position:static;max-height:none;overflow:visible;break-before:page}
      .line{break-inside:avoid}.text{font-size:11pt}
    }
    """

    /// Filters: an unticked family or severity box hides its marks, notes and panel entries.
    /// Pure CSS (`:has`), so filtering works even where scripts are off.
    static let filters: String = {
        var rules = ""
        for key in FamilyStyle.keys {
            rules += "body:has(#show-fam-\(key):not(:checked)) .fam-\(key):is(.note,.pin,.item,.group){display:none}\n"
            rules += "body:has(#show-fam-\(key):not(:checked)) mark.fam-\(key){background:none;border-bottom-color:transparent;text-decoration:none}\n"
        }
        for severity in Severity.allCases {
            let name = severity.rawValue
            rules += "body:has(#show-sev-\(name):not(:checked)) .sev-\(name):is(.note,.pin,.item){display:none}\n"
            rules += "body:has(#show-sev-\(name):not(:checked)) mark.sev-\(name){background:none;border-bottom-color:transparent;text-decoration:none}\n"
        }
        return rules
    }()

    static let page = families + "\n" + base + "\n" + article + "\n" + filters
}
