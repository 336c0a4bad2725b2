#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets: fuzz/corpus/<target>/<name>.

The seeds are the shapes the API is documented to send (shared/api/LINKUP_API.md), the
sample replies of the unit tests (tst_replyclassifier, tst_inboxparser,
tst_messageparser, tst_loginflow), pages cut from the demo inbox
(resources/sample-inbox.json) and a few hostile variants of each. The input layouts are
described in fuzz/fuzzchecks.h. Run it again after changing this file; the output is
deterministic, so `git status` shows what changed.

    python3 fuzz/make_corpus.py
"""

import hashlib
import json
import os
import shutil
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CORPUS = os.path.join(HERE, "corpus")


def dumps(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def classify_input(status, body, retry_after=b"", flags=0):
    header = retry_after[:255]
    return struct.pack(">HBB", status, flags, len(header)) + header + body


def page_input(max_entries, body):
    return struct.pack(">b", max_entries) + body


def auth_input(status, body):
    return struct.pack(">H", status) + body


def error_body(message):
    return dumps({"status": "error", "message": message})


def success(data):
    return dumps({"status": "success", "data": data})


HTML = b"<html><body><h1>Error</h1></body></html>"

# The error texts of LINKUP_API.md's table, with the HTTP code they come with when it
# is not 200.
ERROR_TEXTS = [
    (400, "Bad parameter"),
    (400, "Required fields are missing"),
    (400, "total_results must be greater than 0"),
    (401, "Invalid API key or insufficient credits"),
    (401, "Bad username or password"),
    (401, "Verification failed"),
    (401, "Session expired"),
    (403, "LinkedIn token expired"),
    (429, "LinkedIn Rate limit exceeded"),
    (429, "API Rate limit exceeded"),
    (500, "LinkedIn API error occurred"),
    (500, "An error occurred while processing your request"),
]

CONTRACT_INBOX = {
    "status": "success",
    "data": {
        "conversations": [
            {
                "conversation_id": "urn:li:msg_conversation:(urn:li:fsd_profile:ACoAAB1,2-MTIzNA==)",
                "participant": {
                    "name": "Anna Smith",
                    "headline": "Head of Sales at Example",
                    "profile_url": "https://www.linkedin.com/in/anna-smith",
                    "profile_picture": "https://media.licdn.com/dms/image/D4E03AQ/profile-displayphoto-shrink_100_100/0/1?e=1735776000&v=beta&t=abc",
                },
                "last_message": {
                    "text": "Hi! Are you free on Tuesday?",
                    "time": 1748629426457,
                    "sender": {
                        "name": "Anna Smith",
                        "headline": "Head of Sales at Example",
                        "profile_url": "https://www.linkedin.com/in/anna-smith",
                        "profile_picture": "https://media.licdn.com/dms/image/x",
                    },
                },
                "unread": 2,
                "type": "normal",
            }
        ],
        "total_results": 1,
        "next_cursor": "REVTQ0VORElORy0xNzQ4NjI5NDI2NDU3",
    },
}

CONTRACT_CONVERSATION = {
    "status": "success",
    "data": {
        "conversation_id": "urn:li:msg_conversation:(urn:li:fsd_profile:ACoAAB1,2-MTIzNA==)",
        "messages": [
            {
                "text": "See you Tuesday!",
                "timestamp": 1748629426457,
                "sender": "urn:li:fsd_profile:ACoAAAnna",
                "sender_info": {"first_name": "Anna", "last_name": "Smith"},
                "message_type": "TEXT",
                "entity_urn": "urn:li:fsd_message:2-abc",
            },
            {
                "text": "Anna accepted your invitation",
                "timestamp": 1748629000000,
                "sender": "urn:li:fsd_profile:ACoAAAnna",
                "sender_info": {"first_name": "Anna", "last_name": "Smith"},
                "message_type": "SYSTEM",
                "entity_urn": "urn:li:fsd_message:2-abb",
            },
        ],
        "next_cursor": "MTc0ODYyOTAwMDAwMA",
    },
}

# The values every field is tried with in the parser tests.
WRONG_VALUES = [None, True, 42, "surprise", [1, 2], {"a": 1}]

# A string longer than any cut near `position`, with a surrogate pair (U+1F600) whose high
# half is at `position`: JsonFields cuts at limit - 1 (then the ellipsis), ApiError at 300.
def straddling(position, filler="x"):
    return filler * position + "\U0001F600" + filler * 8


def valid_entry(cid="urn:li:msg_conversation:1"):
    return {
        "conversation_id": cid,
        "participant": {"name": "Bob", "profile_url": "https://www.linkedin.com/in/bob"},
        "last_message": {"text": "hello", "time": 1748629426457.0, "sender": {"name": "Bob"}},
        "unread": 1,
        "type": "normal",
    }


def valid_message(mid="urn:li:fsd_message:1"):
    return {
        "text": "hello",
        "timestamp": 1748629426457.0,
        "sender": "urn:li:fsd_profile:ACoAABob",
        "sender_info": {"first_name": "Bob", "last_name": "Stone"},
        "message_type": "TEXT",
        "entity_urn": mid,
    }


def classify_seeds():
    seeds = {}
    seeds["success-inbox"] = classify_input(200, dumps(CONTRACT_INBOX))
    seeds["success-empty-inbox"] = classify_input(
        200, b'{"status":"success","data":{"conversations":[],"total_results":0,"next_cursor":null}}')
    seeds["success-login"] = classify_input(
        200, b'{"status":"success","login_token":"t","message":"Login successful"}')
    seeds["success-code-wanted"] = classify_input(
        200, b'{"status":"success","message":"Check your email for verification code","email":"a@b.c"}')
    seeds["success-201"] = classify_input(201, b'{"status":"success","data":{}}')
    seeds["success-whitespace"] = classify_input(200, b' \n{"status":"success"}\n ')
    for status, text in ERROR_TEXTS:
        slug = text.lower().replace(" ", "-")[:32]
        seeds["v1-200-" + slug] = classify_input(200, error_body(text))
        seeds["v1-%d-%s" % (status, slug)] = classify_input(status, error_body(text))
    seeds["upper-case"] = classify_input(200, error_body("SESSION EXPIRED"))
    seeds["unknown-text"] = classify_input(200, error_body("Something odd happened"))
    seeds["data-string"] = classify_input(200, b'{"status":"error","data":"Session expired"}')
    seeds["data-string-empty-message"] = classify_input(
        200, b'{"status":"error","message":"","data":"Bad parameter"}')
    seeds["message-not-string"] = classify_input(
        200, b'{"status":"error","message":42,"data":"API Rate limit exceeded"}')
    seeds["error-field"] = classify_input(
        200, b'{"status":"error","error":"Invalid API key or insufficient credits"}')
    seeds["data-object"] = classify_input(200, b'{"status":"error","data":{"message":"Session expired"}}')
    seeds["message-null"] = classify_input(200, b'{"status":"error","message":null}')
    for status in (400, 401, 403, 404, 413, 429, 500, 502, 503, 504, 599):
        seeds["html-%d" % status] = classify_input(status, HTML)
        seeds["empty-%d" % status] = classify_input(status, b"")
    seeds["500-claiming-success"] = classify_input(500, b'{"status":"success","data":{}}')
    seeds["401-claiming-success"] = classify_input(401, b'{"status":"success"}')
    seeds["v2-402"] = classify_input(402, b'{"error":"Insufficient credits"}')
    seeds["v2-403"] = classify_input(403, b'{"error":"Invalid API key"}')
    seeds["v2-429"] = classify_input(429, b'{"error":"Too many requests"}')
    malformed = {
        "empty": b"",
        "plain": b"OK",
        "truncated": b'{"status":"success","data":{"conversa',
        "trailing-garbage": b'{"status":"success"} x',
        "array": b'[{"status":"success"}]',
        "string": b'"success"',
        "number": b"42",
        "null": b"null",
        "no-status": b'{"data":{"conversations":[]}}',
        "empty-object": b"{}",
        "status-bool": b'{"status":true}',
        "status-pending": b'{"status":"pending"}',
        "status-case": b'{"status":"Success"}',
        "binary": b"\x00\xff\xfe{",
        "utf16-bom": b"\xff\xfe{\x00}\x00",
        "nested-deep": b"[" * 1100 + b"]" * 1100,
        "big-number": b'{"status":"error","message":1e308}',
        "escapes": b'{"status":"error","message":"\\ud800\\u0000\\udc00 rate limit \\u202e"}',
    }
    for name, body in malformed.items():
        seeds["malformed-" + name] = classify_input(200, body)
    partial = b'{"status":"succ'
    seeds["too-large"] = classify_input(200, partial, flags=1)
    seeds["deadline"] = classify_input(200, partial, flags=2)
    seeds["timeout"] = classify_input(200, partial, flags=4)
    seeds["timeout-no-status"] = classify_input(0, b"", flags=4 | 8)
    seeds["network-refused"] = classify_input(0, b"Connection refused", flags=8)
    seeds["network-bare"] = classify_input(0, b"")
    limited = error_body("API Rate limit exceeded")
    for name, header in [
        ("seconds", b"30"), ("huge", b"86400"), ("beyond-int", b"99999999999"),
        ("beyond-any", b"99999999999999999999999999999"), ("zero", b"0"),
        ("leading-zeros", b"007"), ("spaces", b"  42 \t"), ("negative", b"-5"),
        ("fraction", b"1.5"), ("hex", b"0x10"), ("unit", b"30s"), ("garbage", b"soon"),
        ("binary", b"\x01\xff"), ("date", b"Wed, 21 Oct 2015 07:28:00 GMT"),
        ("date-zone", b"Wed, 21 Oct 2015 09:28:00 +0200"),
        ("date-future", b"Fri, 01 Jan 2100 00:00:00 GMT"),
        ("date-bad-day", b"Wed, 41 Oct 2015 07:28:00 GMT"),
        ("date-no-weekday", b"21 Oct 2015 07:28:00 GMT"),
        ("date-year-9999", b"Fri, 31 Dec 9999 23:59:59 GMT"),
    ]:
        seeds["retry-after-" + name] = classify_input(429, limited, header)
    seeds["retry-after-200"] = classify_input(200, limited, b"5")
    seeds["retry-after-ignored"] = classify_input(401, error_body("Session expired"), b"30")
    seeds["long-message"] = classify_input(400, error_body("Bad parameter " + "x" * 500))
    seeds["message-pair-at-cut"] = classify_input(400, error_body(straddling(299)))
    seeds["status-600"] = classify_input(600, HTML)
    seeds["status-999"] = classify_input(999, error_body("Bad parameter"))
    seeds["status-100"] = classify_input(100, b"")
    seeds["status-302"] = classify_input(302, HTML)
    return seeds


def sample_pages():
    with open(os.path.join(ROOT, "resources", "sample-inbox.json"), encoding="utf-8") as f:
        inbox = json.load(f)
    pages = {}
    for category, conversations in sorted(inbox.items()):
        for start in (0, 25):
            chunk = conversations[start:start + 25]
            if not chunk:
                continue
            data = {"conversations": chunk, "total_results": len(chunk),
                    "next_cursor": "Y3Vyc29yLQ%s%d" % (category, start + 25)}
            pages["sample-%s-%d" % (category.lower(), start)] = success(data)
    return pages


def inbox_seeds():
    seeds = {}
    contract = dumps(CONTRACT_INBOX)
    for max_entries in (25, 20, 10, 1, 0, -1):
        seeds["contract-max%d" % max_entries] = page_input(max_entries, contract)
    for name, body in sample_pages().items():
        seeds[name] = page_input(25, body)
    seeds["empty"] = page_input(25, success({"conversations": [], "total_results": 0, "next_cursor": None}))
    seeds["no-data"] = page_input(25, b'{"status":"success"}')
    seeds["data-string"] = page_input(25, b'{"status":"success","data":"oops"}')
    for i, value in enumerate(WRONG_VALUES + [{"0": valid_entry()}]):
        seeds["conversations-%d-%s" % (i, type(value).__name__)] = page_input(
            25, success({"conversations": value, "next_cursor": "more"}))
    bad = [1, "text", None, True, [valid_entry()], {k: v for k, v in valid_entry().items() if k != "conversation_id"},
           dict(valid_entry(), conversation_id=None), dict(valid_entry(), conversation_id=12345),
           dict(valid_entry(), conversation_id={"id": "x"}), valid_entry(""), {},
           valid_entry("a"), valid_entry("b")]
    seeds["bad-entries"] = page_input(25, success({"conversations": bad}))
    for i, value in enumerate(WRONG_VALUES):
        entries = []
        for field in ("participant", "last_message", "unread", "type"):
            entries.append(dict(valid_entry("%s-%d" % (field, i)), **{field: value}))
        for field in ("text", "time", "sender"):
            entry = valid_entry("last-%s-%d" % (field, i))
            entry["last_message"] = dict(entry["last_message"], **{field: value})
            entries.append(entry)
        for field in ("name", "headline", "profile_url", "profile_picture"):
            entry = valid_entry("person-%s-%d" % (field, i))
            entry["participant"] = dict(entry["participant"], **{field: value})
            entries.append(entry)
        seeds["wrong-types-%d" % i] = page_input(25, success({"conversations": entries}))
    counts = [0, 3, 2.7, -4, -1e300, 2147483647, 1e300, 1000000, "3", "three", "-3", "1e400", "nan", "inf"]
    seeds["unread-values"] = page_input(25, success({"conversations": [
        dict(valid_entry("u%d" % i), unread=v) for i, v in enumerate(counts)]}))
    times = [0, -5, 42, 1748629426457, "1748629426457", 1e300, 253402300799000, 253402300798999,
             "soon", "nan", "inf", "-inf", "1e400", " 1748629426457 ", "0x10"]
    entries = []
    for i, v in enumerate(times):
        entry = valid_entry("t%d" % i)
        entry["last_message"] = dict(entry["last_message"], time=v)
        entries.append(entry)
    seeds["time-values"] = page_input(25, success({"conversations": entries}))
    urls = ["https://www.linkedin.com/in/ACoAABcDeFg123", "  https://www.linkedin.com/in/anna \n", "",
            "   ", "https://www.linkedin.com/in/an na", "https://www.linkedin.com:99999/in/anna",
            "javascript:alert(1)", "https://xn--nxasmq6b.com/in/x", "https://\u00fc\u00f1\u00ee.com/\u00e9",
            "https://a.com/%ZZ", "https://a.com/" + "%41" * 600, "https://a.com/" + "\u00e9" * 2030,
            "https://a.com/" + "x" * 2040, "http://[::1]:80/a", "//no-scheme", "https://user:pw@host/"]
    seeds["urls"] = page_input(25, success({"conversations": [
        dict(valid_entry("url%d" % i), participant={"name": "P", "profile_url": u, "profile_picture": u})
        for i, u in enumerate(urls)]}))
    hostile = valid_entry("hostile")
    hostile["participant"] = {"name": "<i>Eve</i>\u202e", "headline": "<a href='x'>CEO</a>"}
    hostile["last_message"] = dict(hostile["last_message"],
                                   text="<b>Hi</b> <img src=x onerror=alert(1)> &amp; \u202e\n\t\u0000end")
    long_entry = valid_entry("x" * 1000)
    long_entry["participant"] = {"name": straddling(998), "headline": straddling(1998)}
    long_entry["last_message"] = dict(long_entry["last_message"], text=straddling(19998))
    long_entry["type"] = straddling(62)
    too_long_id = valid_entry("y" * 1001)
    seeds["hostile"] = page_input(25, success({"conversations": [hostile, long_entry, too_long_id],
                                               "next_cursor": "c" * 4096}))
    for name, cursor in [("null", None), ("number", 10), ("object", {"c": "x"}), ("empty", ""),
                         ("over-limit", "c" * 4097)]:
        seeds["cursor-" + name] = page_input(25, success({"conversations": [valid_entry()], "next_cursor": cursor}))
    seeds["more-than-asked"] = page_input(10, success({"conversations": [valid_entry(str(i)) for i in range(40)]}))
    seeds["escapes"] = page_input(25, b'{"status":"success","data":{"conversations":[{"conversation_id":"\\ud800",'
                                      b'"participant":{"name":"\\u0000\\udc00\\ud83d"},"last_message":{"time":1e308}}]}}')
    return seeds


def conversation_seeds():
    seeds = {}
    contract = dumps(CONTRACT_CONVERSATION)
    for max_entries in (10, 20, 1, 0, -1):
        seeds["contract-max%d" % max_entries] = page_input(max_entries, contract)
    seeds["empty"] = page_input(10, success({"messages": [], "next_cursor": None}))
    seeds["no-data"] = page_input(10, b'{"status":"success"}')
    for i, value in enumerate(WRONG_VALUES + [{"0": valid_message()}]):
        seeds["messages-%d-%s" % (i, type(value).__name__)] = page_input(
            10, success({"messages": value, "next_cursor": "older"}))
    bad = [1, "text", None, False, [valid_message()], {},
           {"sender": "urn:li:fsd_profile:x", "sender_info": {"first_name": "Eve"}, "message_type": "SYSTEM"},
           {"entity_urn": 7, "text": ["hi"], "timestamp": "yesterday"},
           {"entity_urn": "", "text": "", "timestamp": 0},
           valid_message("a"), valid_message("b")]
    seeds["bad-entries"] = page_input(20, success({"messages": bad}))
    seeds["any-content"] = page_input(10, success({"messages": [
        {"entity_urn": "urn:li:fsd_message:9"}, {"text": "hi"}, {"timestamp": 1748629426457.0},
        {"timestamp": "1748629426457"}]}))
    for i, value in enumerate(WRONG_VALUES):
        entries = [dict(valid_message("%s-%d" % (field, i)), **{field: value})
                   for field in ("text", "timestamp", "sender", "sender_info", "message_type", "entity_urn")]
        for field in ("first_name", "last_name"):
            entry = valid_message("info-%s-%d" % (field, i))
            entry["sender_info"] = dict(entry["sender_info"], **{field: value})
            entries.append(entry)
        seeds["wrong-types-%d" % i] = page_input(20, success({"messages": entries}))
    types = ["SYSTEM", "system", "TEXT", "INMAIL", "SYSTEM_X", " SYSTEM ", None, True, ["SYSTEM"], "\u017fYSTEM"]
    seeds["message-types"] = page_input(20, success({"messages": [
        dict(valid_message("mt%d" % i), message_type=t) for i, t in enumerate(types)]}))
    stamps = [1748629426457.0, "1748629426457", 1748629426457.9, 0, -5, 1e300, "soon", "nan", "inf"]
    seeds["timestamps"] = page_input(20, success({"messages": [
        dict(valid_message("ts%d" % i), timestamp=t) for i, t in enumerate(stamps)]}))
    seeds["duplicates"] = page_input(25, success({"messages": [valid_message(str(i % 5)) for i in range(30)]}))
    hostile = valid_message("hostile")
    hostile["text"] = '<b>Hi</b> <a href="javascript:alert(1)">x</a> &amp; \u202eevil\u202c\n\t\u0000end'
    hostile["sender_info"] = {"first_name": "<i>Eve</i>\u202e", "last_name": straddling(998)}
    big = valid_message("big")
    big["text"] = straddling(19998)
    seeds["hostile"] = page_input(10, success({"messages": [big, hostile], "next_cursor": "c" * 4097}))
    return seeds


def auth_seeds():
    seeds = {}
    seeds["login-token"] = auth_input(200, b'{"status":"success","login_token":"t-123","message":"Login successful"}')
    seeds["code-wanted"] = auth_input(
        200, b'{"status":"success","message":"Check your email for verification code","email":"someone@example.com"}')
    seeds["code-wanted-no-email"] = auth_input(200, b'{"status":"success","message":"Check your email for verification code"}')
    seeds["email-only"] = auth_input(200, b'{"status":"success","email":"other@example.com"}')
    seeds["email-in-data"] = auth_input(200, b'{"status":"success","data":{"email":"other@example.com"}}')
    seeds["token-in-data"] = auth_input(200, b'{"status":"success","data":{"login_token":"t-1"}}')
    seeds["verify-success"] = auth_input(200, b'{"status":"success","message":"Login successful","login_token":"t-2"}')
    seeds["welcome-no-token"] = auth_input(200, b'{"status":"success","message":"Welcome"}')
    seeds["login-successful-no-token"] = auth_input(200, b'{"status":"success","message":"Login successful"}')
    seeds["not-json"] = auth_input(200, b"<html>proxy</html>")
    seeds["token-too-long"] = auth_input(200, dumps({"status": "success", "login_token": "t" * 8193}))
    seeds["token-too-long-top-short-in-data"] = auth_input(
        200, dumps({"status": "success", "login_token": "t" * 8193, "data": {"login_token": "ok"}}))
    seeds["email-too-long"] = auth_input(200, dumps({"status": "success", "email": "e" * 321 + "@x.com"}))
    seeds["email-blank"] = auth_input(200, dumps({"status": "success", "email": "   ", "message": "verify"}))
    seeds["token-not-string"] = auth_input(200, b'{"status":"success","login_token":12345}')
    seeds["token-empty"] = auth_input(200, b'{"status":"success","login_token":"","message":"code"}')
    for status, text in ERROR_TEXTS:
        slug = text.lower().replace(" ", "-")[:32]
        seeds["error-%d-%s" % (status, slug)] = auth_input(status, error_body(text))
        seeds["error-200-" + slug] = auth_input(200, error_body(text))
    seeds["500-html"] = auth_input(500, HTML)
    seeds["no-answer"] = auth_input(0, b"")
    return seeds


def write(target, seeds):
    directory = os.path.join(CORPUS, target)
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory)
    for name, data in sorted(seeds.items()):
        with open(os.path.join(directory, name), "wb") as f:
            f.write(data)
    digest = hashlib.sha1(b"".join(seeds[n] for n in sorted(seeds))).hexdigest()[:12]
    print("%-24s %4d seeds, %8d bytes (%s)" % (target, len(seeds), sum(map(len, seeds.values())), digest))


def main():
    write("fuzz_classify", classify_seeds())
    write("fuzz_inbox_page", inbox_seeds())
    write("fuzz_conversation_page", conversation_seeds())
    write("fuzz_auth", auth_seeds())


if __name__ == "__main__":
    main()
