/// The dashboard's own rules; colours and page chrome come from ``HTMLReportStyle``.
enum DashboardStyle {
    static let rules = """
    .top{padding:20px 24px;display:flex;justify-content:space-between;align-items:flex-end;gap:24px;flex-wrap:wrap}
    .stats{display:flex;gap:10px;flex-wrap:wrap}
    .stat{min-width:118px;padding:10px 14px;border-radius:9px;background:#f6f7f9}
    .stat b{display:block;font-size:22px;line-height:1.2}
    .stat span{font-size:12px;color:#6b7280;text-transform:uppercase;letter-spacing:.05em}
    .stat.bad b{color:#b91c1c}
    .charts{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,1fr);gap:14px;margin:14px 0}
    .charts .card{padding:14px 18px;overflow:hidden}
    .charts h2,.list h2{font-size:14px;margin:0 0 10px}
    .timeline .axis{stroke:#d0d4da}.timeline .tick{fill:#6b7280;font-size:11px}
    .list{padding:0 0 8px}
    .toolbar{display:flex;gap:10px;align-items:center;padding:14px 18px;flex-wrap:wrap;border-bottom:1px solid #eceef1}
    .toolbar h2{margin:0 8px 0 0}
    .toolbar input[type=search]{flex:1;min-width:220px;max-width:460px;font:inherit;padding:7px 12px;border:1px solid #d0d4da;border-radius:8px}
    .toolbar select,.toolbar button{font:inherit;padding:6px 10px;border:1px solid #d0d4da;border-radius:8px;background:#fff}
    .toolbar button:disabled{opacity:.4}
    #info{color:#6b7280;margin-left:auto}
    table{width:100%;border-collapse:collapse}
    th{font-size:11px;text-transform:uppercase;letter-spacing:.05em;color:#6b7280;text-align:left;padding:9px 10px;border-bottom:1px solid #eceef1;white-space:nowrap;position:sticky;top:0;background:#fff}
    td{padding:8px 10px;border-bottom:1px solid #f1f2f4;vertical-align:top}
    tr.row:hover td{background:#fafbfc}
    tr.failed td{background:#fff6f6}
    th.num,td.num{text-align:right;font-variant-numeric:tabular-nums}
    td.when{white-space:nowrap;color:#4b5563;font-variant-numeric:tabular-nums}
    td.file a{color:#1d4ed8;text-decoration:none;overflow-wrap:anywhere;font-weight:500}
    td.file a:hover{text-decoration:underline}
    td.file{min-width:24em}
    td.state{max-width:20em}
    .charts .meta{margin-top:16px;padding-top:12px;border-top:1px solid #eceef1}
    td.file .dir{font-size:12px;color:#8b929c;overflow-wrap:anywhere}
    .timeline{width:100%;height:auto}
    td.fam{color:#c3c8cf}
    td.fam.has{color:rgb(var(--c));font-weight:700}
    td.sev.error{color:#b91c1c;font-weight:700}td.sev.warning{color:#b45309;font-weight:700}
    .reason{font-size:12px;color:#b91c1c;margin-top:3px;overflow-wrap:anywhere}
    @media (max-width:980px){.charts{grid-template-columns:1fr}}
    @media print{.toolbar input,.toolbar select,.toolbar button{display:none}th{position:static}}
    """
}
