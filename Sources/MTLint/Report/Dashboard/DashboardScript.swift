/// The dashboard's only script: reads the embedded index, and draws one page of the table at
/// a time (so 10,000 reports stay fast), with a search box and a status filter. The search is
/// kept in the address (`index.html#q=kyiv`), so a filtered view can be shared as a link. Rows are built
/// with `textContent`, never `innerHTML`. The page's Content-Security-Policy allows this exact
/// text by hash; a test recomputes the hash, so edit both together.
enum DashboardScript {
    static let source = """
    (function(){var d=document;d.documentElement.setAttribute("data-script","ran");\
    var rows=JSON.parse(d.getElementById("index-data").textContent).entries,fams=JSON.parse(d.getElementById("family-data").textContent);\
    var q=d.getElementById("search"),st=d.getElementById("status"),body=d.getElementById("rows"),info=d.getElementById("info"),\
    prev=d.getElementById("prev"),next=d.getElementById("next"),size=100,page=0,shown=rows;\
    function two(n){return n<10?"0"+n:""+n}\
    function when(t){var x=new Date(t*1000);return x.getUTCFullYear()+"-"+two(x.getUTCMonth()+1)+"-"+two(x.getUTCDate())+" "+two(x.getUTCHours())+":"+two(x.getUTCMinutes())}\
    function el(p,tag,cls,text){var e=d.createElement(tag);if(cls)e.className=cls;if(text!=null)e.textContent=text;p.appendChild(e);return e}\
    function draw(){body.textContent="";var start=page*size;shown.slice(start,start+size).forEach(function(r){\
    var tr=el(body,"tr",r.status==="failed"?"failed":"row");el(tr,"td","when",when(r.checkedAt));\
    var c=el(tr,"td","file"),slash=r.file.lastIndexOf("/"),a=el(c,"a",null,r.file.slice(slash+1));\
    a.href=encodeURIComponent(r.name)+".html";if(slash>0)el(c,"div","dir",r.file.slice(0,slash+1));\
    var s=el(tr,"td","state");el(s,"span","pill "+(r.status==="failed"?"failed":"ok"),r.status);if(r.error)el(s,"div","reason",r.error);\
    el(tr,"td","num words",r.words.toLocaleString("en"));\
    fams.forEach(function(f){var n=r.families[f]||0;el(tr,"td","num fam fam-"+f+(n?" has":""),n?n:"·")});\
    el(tr,"td","num sev"+(r.errors?" error":""),r.errors);el(tr,"td","num sev"+(r.warnings?" warning":""),r.warnings);});\
    info.textContent=shown.length?(start+1)+"–"+Math.min(start+size,shown.length)+" of "+shown.length:"No matching reports";\
    prev.disabled=page===0;next.disabled=start+size>=shown.length;}\
    function filter(){var t=q.value.toLowerCase(),s=st.value;shown=rows.filter(function(r){\
    return(!s||r.status===s)&&(!t||(r.file+" "+(r.error||"")).toLowerCase().indexOf(t)>=0)});page=0;draw()}\
    function remember(){history.replaceState(null,"",q.value?"#q="+encodeURIComponent(q.value):location.pathname)}\
    if(location.hash.indexOf("#q=")===0)q.value=decodeURIComponent(location.hash.slice(3));\
    q.addEventListener("input",function(){filter();remember()});st.addEventListener("change",filter);\
    prev.addEventListener("click",function(){if(page>0){page--;draw()}});\
    next.addEventListener("click",function(){if((page+1)*size<shown.length){page++;draw()}});filter();})();
    """

    /// `sha256-` plus the base64 SHA-256 of `source`, for the Content-Security-Policy.
    static let hash = "sha256-4JbPiAZuo85qE0Z01kT7Abr8vOAs2dFGRhvwT6iwBfs="
}
