// The Python side of the runner, shared by the browser worker and the Node tests. It runs the learner's
// code as its own file (so tracebacks show only their frames and line numbers), calls the function on
// copies of each test's arguments, compares in Python and returns one JSON string.
// Kept as a string (not a .py file) so the worker bundle and Vitest get it without a loader.
export const LEARNER_FILE = 'solution.py';
export const OUTPUT_LIMIT = 10_000;

export const HARNESS_PY = String.raw`
import copy, io, json, linecache, math, reprlib, sys, traceback

LEARNER_FILE = "${LEARNER_FILE}"
OUTPUT_LIMIT = ${OUTPUT_LIMIT}
RECURSION_LIMIT = 600
_repr = reprlib.Repr(maxlevel=6, maxlist=40, maxtuple=40, maxdict=20, maxset=20, maxstring=200, maxother=200)

class CappedOutput(io.TextIOBase):
    """Keeps the first OUTPUT_LIMIT characters and counts the rest, so a huge print cannot exhaust memory."""
    def __init__(self):
        self.parts, self.kept, self.total = [], 0, 0
    def writable(self):
        return True
    def write(self, s):
        s = str(s)
        self.total += len(s)
        room = OUTPUT_LIMIT - self.kept
        if room > 0:
            self.parts.append(s[:room])
            self.kept += min(len(s), room)
        return len(s)
    def value(self):
        return "".join(self.parts)

def _decode(obj):
    # JSON has no inf/nan; the page encodes them as {"__float__": "inf"}.
    if len(obj) == 1 and "__float__" in obj:
        return float(obj["__float__"])
    return obj

def _cut(text):
    return text if len(text) <= 2000 else text[:2000] + "…"

def _short(value):
    return _cut(_repr.repr(value))

def _is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)

def normalise(x):
    if isinstance(x, (list, tuple)):
        return [normalise(v) for v in x]
    if isinstance(x, dict):
        return {k: normalise(v) for k, v in x.items()}
    return x

def close(got, expected, tol):
    if _is_number(expected) and _is_number(got):
        if isinstance(expected, float) and math.isnan(expected):
            return isinstance(got, float) and math.isnan(got)
        return math.isclose(got, expected, rel_tol=tol, abs_tol=tol)
    if isinstance(expected, list):
        return isinstance(got, list) and len(got) == len(expected) and all(close(g, e, tol) for g, e in zip(got, expected))
    if isinstance(expected, dict):
        return isinstance(got, dict) and set(got) == set(expected) and all(close(got[k], expected[k], tol) for k in expected)
    return got == expected

def same_items(got, expected, tol):
    if not isinstance(got, list) or len(got) != len(expected):
        return False
    unused = list(range(len(got)))
    for e in expected:
        match = next((i for i in unused if close(got[i], e, tol)), None)
        if match is None:
            return False
        unused.remove(match)
    return True

def compare(got, test, check):
    """Returns (passed, message); message explains a property failure."""
    mode, expected, tol = test["compare"], test.get("expected"), test["tol"]
    got = normalise(got)
    if mode == "exact":
        return got == expected, None
    if mode == "float":
        return close(got, expected, tol), None
    if mode == "set":
        return same_items(got, expected, tol), None
    verdict = check(got, *copy.deepcopy(test["args"]))
    if verdict is True:
        return True, None
    return False, verdict if isinstance(verdict, str) else "返回值不满足题目要求"

def learner_traceback(exc):
    """Traceback text with only the learner's frames, and the line of the innermost one."""
    if isinstance(exc, SyntaxError) and exc.filename == LEARNER_FILE:
        return "".join(traceback.format_exception_only(type(exc), exc)), exc.lineno
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == LEARNER_FILE]
    head = ["Traceback (most recent call last):\n", *traceback.StackSummary.from_list(frames).format()] if frames else []
    return "".join(head + traceback.format_exception_only(type(exc), exc)), (frames[-1].lineno if frames else None)

def _call_text(name, args):
    return _cut(name + "(" + ", ".join(_repr.repr(a) for a in args) + ")")

def _run_tests(source, spec, result):
    name = spec["functionName"]
    try:
        code = compile(source, LEARNER_FILE, "exec")
    except SyntaxError as exc:
        result["status"] = "syntax_error"
        result["traceback"], result["errorLine"] = learner_traceback(exc)
        return
    namespace = {"__name__": "__main__", "__file__": LEARNER_FILE}
    try:
        exec(code, namespace)
    except BaseException as exc:
        result["status"] = "load_error"
        result["traceback"], result["errorLine"] = learner_traceback(exc)
        return
    fn = namespace.get(name)
    if not callable(fn):
        result["status"] = "missing_function"
        return
    check = None
    if spec.get("check"):
        # The check may call the learner's function itself (e.g. many seeds for a sampling problem).
        check_ns = {"__name__": "mlprep_check", "solution": fn}
        exec(compile(spec["check"], "<check>", "exec"), check_ns)
        check = check_ns["check"]
    for test in spec["tests"]:
        row = {"index": test["index"], "call": _call_text(name, test["args"]), "passed": False,
               "expected": None if test["compare"] == "property" else _short(test.get("expected")),
               "got": None, "error": None, "errorLine": None, "message": None}
        result["tests"].append(row)
        try:
            got = fn(*copy.deepcopy(test["args"]))
        except BaseException as exc:
            text, line = learner_traceback(exc)
            row["error"], row["errorLine"] = "".join(traceback.format_exception_only(type(exc), exc)).strip(), line
            if result["traceback"] is None:
                result["traceback"], result["errorLine"] = text, line
            continue
        row["got"] = _short(got)
        try:
            row["passed"], row["message"] = compare(got, test, check)
        except Exception as exc:
            row["message"] = "检查返回值时出错：" + "".join(traceback.format_exception_only(type(exc), exc)).strip()

def run(source, spec_json):
    """Runs the learner's source against the spec's tests; returns the result as JSON."""
    spec = json.loads(spec_json, object_hook=_decode)
    result = {"status": "ok", "tests": [], "traceback": None, "errorLine": None}
    out = CappedOutput()
    saved = sys.stdout, sys.stderr, sys.getrecursionlimit()
    sys.stdout = sys.stderr = out
    sys.setrecursionlimit(RECURSION_LIMIT)
    # A fresh linecache entry each run: tracebacks quote the code that ran, never a stale draft.
    linecache.cache[LEARNER_FILE] = (len(source), None, source.splitlines(True), LEARNER_FILE)
    try:
        _run_tests(source, spec, result)
    finally:
        sys.stdout, sys.stderr = saved[0], saved[1]
        sys.setrecursionlimit(saved[2])
    result["stdout"], result["stdoutTotal"] = out.value(), out.total
    return json.dumps(result)
`;
