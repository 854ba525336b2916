/// The article page's only script: `j`/`n` and `k`/`p` jump to the next and previous finding
/// that the filters show. The page's Content-Security-Policy allows this exact text by hash and
/// nothing else; a test recomputes the hash, so edit both together.
enum HTMLReportScript {
    static let source = """
    (function(){var d=document;d.documentElement.setAttribute("data-script","ran");var i=-1;\
    function shown(m){var c=/fam-(\\S+) sev-(\\S+)/.exec(m.className);if(!c)return false;\
    var f=d.getElementById("show-fam-"+c[1]),s=d.getElementById("show-sev-"+c[2]);\
    return(!f||f.checked)&&(!s||s.checked);}\
    d.addEventListener("keydown",function(e){if(e.ctrlKey||e.metaKey||e.altKey||/INPUT|TEXTAREA/.test(e.target.tagName))return;\
    var k=e.key,fwd=k==="j"||k==="n";if(!fwd&&k!=="k"&&k!=="p")return;\
    var all=[].slice.call(d.querySelectorAll(".text [id^=f]")).filter(shown);if(!all.length)return;\
    i=fwd?Math.min(i+1,all.length-1):Math.max(i-1,0);location.hash="#"+all[i].id;});})();
    """

    /// `sha256-` plus the base64 SHA-256 of `source`, for the Content-Security-Policy.
    static let hash = "sha256-GwTmr6A4Dwe4wqFR6a5miFz/+IwNDSTgX6XolfLx3O4="
}
