#!/usr/bin/env python3
"""Writes a synthetic course handbook of N phase pages, once per generator, for the benchmark.

    python3 bench/gen_corpus.py --n 1000 --out bench/out/corpus-1000 [--seed 7]
        [--layouts handbook,hugo,eleventy]

The same pages go to every layout, so each tool does the same work:

  handbook/content/   our format: handbook.yml, index.md, phases/NNNN-slug.md (front matter: title,
                      phase, duration, outcomes, mastery_check.title) and phases/NNNN-slug.yml (items)
  hugo/               config.toml (goldmark, no highlighting), layouts/_default/single.html, content/phases/
  eleventy/           eleventy.config.cjs (one sorted collection), src/_includes/phase.njk, src/phases/
  course/content/     with --parts P: our format as a ported course, the pages as lessons in P parts
                      (phases/NN-part/index.md and phases/NN-part/NNNN-slug.md), only titles in their
                      front matter, 4-11 items a lesson, a fifth of them with details of several blocks

Each page has a Markdown body of about 600-1700 words (h2/h3 sections, emphasis, inline code, relative
links to other pages, a bulleted and a numbered list, a table, a blockquote, 1-3 fenced code blocks), 3-5
outcomes, a mastery check, and a checklist of 8-30 items. Each peer's layout is one minimal page: a <nav>
listing every phase with the current one marked, the body, the outcomes, the checklist as checkboxes and
the mastery check. The corpus matches the shape of the one behind the peer figures in issue 11.

Python 3 standard library only. Deterministic: page i depends only on (seed, i, n), so the same
arguments always give byte-identical trees.
"""
import argparse
import json
import os
import random
import re
import shutil
import sys

HANDBOOK_ID = "bench-handbook"
HANDBOOK_TITLE = "Synthetic Systems Programming Course"
HANDBOOK_DESCRIPTION = "A generated course handbook used to time static-site builds."

SUBJECTS = [
    "ownership", "borrowing", "lifetimes", "traits", "generics", "closures", "iterators", "error handling",
    "modules", "crates", "unit testing", "macros", "smart pointers", "threads", "async", "channels",
    "pattern matching", "enums", "structs", "slices", "strings", "collections", "workspaces",
    "benchmarking", "unsafe code", "FFI", "serialization", "logging", "argument parsing", "file IO",
    "sockets", "profiling", "documentation", "type inference", "trait objects", "interior mutability",
]
ANGLES = [
    "Basics", "in Practice", "Deep Dive", "Patterns", "Pitfalls", "Workshop", "Revisited", "Essentials",
    "Under the Hood", "Lab", "Case Study", "Checkpoint",
]
THINGS = [
    "compiler", "borrow checker", "function", "value", "reference", "binding", "module", "crate", "test",
    "iterator", "closure", "trait", "struct", "enum", "vector", "string", "slice", "thread", "channel",
    "future", "runtime", "error", "result", "option", "pattern", "macro", "lifetime", "scope", "heap",
    "stack", "allocation", "program", "exercise", "project", "workspace", "dependency", "feature flag",
]
ACTIONS = [
    "borrows", "moves", "returns", "clones", "drops", "checks", "rejects", "accepts", "implements",
    "derives", "spawns", "awaits", "matches", "wraps", "unwraps", "collects", "maps", "filters", "parses",
    "formats", "compiles", "links", "tests",
]
QUALITIES = [
    "mutable", "immutable", "shared", "owned", "generic", "concrete", "safe", "unsafe", "explicit",
    "implicit", "static", "dynamic", "small", "large", "idiomatic", "naive", "careful", "simple", "nested",
    "recursive", "lazy", "eager", "public", "private",
]
MANNERS = ["quickly", "safely", "explicitly", "carefully", "rarely", "often", "always", "usually",
           "eventually", "quietly"]
OPENERS = ["In practice", "As a result", "For example", "By contrast", "Later in the course", "In this phase",
           "Most of the time", "Before moving on", "Once that works", "Because of this"]
JOINERS = ["when the", "and the", "because the", "so the", "while the", "unless the", "before the"]
SNIPPETS = ["parse_args", "Vec::new", "String::from", "iter().map", "Result<T, E>", "Option<T>",
            "impl Trait", "&mut self", "Box<dyn Error>", "cargo test", "cargo clippy", "#[derive(Debug)]",
            "Rc<RefCell<T>>", "Arc<Mutex<T>>", "tokio::spawn", "serde_json", "match", "if let", "?",
            "unwrap_or_default"]
TASK_VERBS = ["Read", "Explain", "Implement", "Write", "Run", "Fix", "Refactor", "Review", "Compare",
              "Measure", "Document", "Sketch", "Test", "Debug", "Rewrite"]
TASK_KINDS = ["example", "exercise", "section", "lab", "quiz", "notes"]

LINK = "\x00{}\x00"          # a link target in a body, replaced per layout by that layout's URL
LINK_RE = re.compile("\x00([0-9]+)\x00")


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def capitalise(text):
    return text[:1].upper() + text[1:]


def q(text):
    """A YAML scalar: JSON's double-quoted strings are valid YAML, whatever the text holds."""
    return json.dumps(text, ensure_ascii=False)


class Prose:
    """Sentences and blocks drawn from one page's random stream; links point at other pages."""

    def __init__(self, rng, n):
        self.rng = rng
        self.n = n

    def pick(self, seq):
        return self.rng.choice(seq)

    def phrase(self, links):
        r = self.rng.random()
        if r < 0.15:
            return f"*{self.pick(QUALITIES)}* {self.pick(THINGS)}"
        if r < 0.25:
            return f"**{self.pick(THINGS)}**"
        if r < 0.40:
            return f"`{self.pick(SNIPPETS)}`"
        if r < 0.47 and links:
            target = self.rng.randint(1, self.n)
            return f"[{self.pick(SUBJECTS)} notes]({LINK.format(target)})"
        return f"a {self.pick(QUALITIES)} {self.pick(THINGS)}"

    def sentence(self, links=True):
        words = []
        if self.rng.random() < 0.3:
            words.append(self.pick(OPENERS) + ",")
        words.append(f"the {self.pick(QUALITIES)} {self.pick(THINGS)} {self.pick(ACTIONS)}")
        for _ in range(self.rng.randint(1, 3)):
            words += [self.phrase(links), self.pick(JOINERS),
                      f"{self.pick(THINGS)} {self.pick(ACTIONS)} {self.pick(MANNERS)}"]
        return capitalise(" ".join(words)) + "."

    def paragraph(self):
        return " ".join(self.sentence() for _ in range(self.rng.randint(3, 6)))

    def heading(self, level):
        if level == 2:
            return f"## {capitalise(self.pick(SUBJECTS))} {self.pick(ANGLES)}"
        return f"### {capitalise(self.pick(QUALITIES))} {self.pick(THINGS)}s"

    def bullets(self, count=None):
        return "\n".join(f"- {self.sentence()}" for _ in range(count or self.rng.randint(3, 7)))

    def numbered(self):
        return "\n".join(f"{k}. {self.sentence()}" for k in range(1, self.rng.randint(3, 6) + 1))

    def table(self):
        columns = ["Concept", "Example", "Notes", "Phase"][:self.rng.randint(3, 4)]
        lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
        for _ in range(self.rng.randint(3, 6)):
            cells = [capitalise(self.pick(THINGS)), f"`{self.pick(SNIPPETS)}`",
                     f"{self.pick(QUALITIES)} {self.pick(THINGS)}", str(self.rng.randint(1, self.n))]
            lines.append("| " + " | ".join(cells[:len(columns)]) + " |")
        return "\n".join(lines)

    def quote(self):
        return f"> **Tip:** {self.sentence()} {self.sentence()}"

    def code(self):
        name = self.pick(THINGS).replace(" ", "_")
        kind = self.pick(["rust", "rust", "toml", "sh"])
        if kind == "rust":
            numbers = ", ".join(str(self.rng.randint(0, 200)) for _ in range(5))
            text = (f"#[derive(Debug, Clone)]\nstruct {name.title().replace('_', '')} {{\n"
                    f"    id: u32,\n    label: String,\n}}\n\n"
                    f"fn count_{name}(items: &[u32]) -> usize {{\n"
                    f"    items.iter().filter(|x| **x > {self.rng.randint(1, 99)}).count()\n}}\n\n"
                    f"fn main() {{\n    let values = vec![{numbers}];\n"
                    f"    println!(\"count = {{}}\", count_{name}(&values));\n}}\n")
        elif kind == "toml":
            text = (f"[package]\nname = \"{name.replace('_', '-')}-lab\"\n"
                    f"version = \"0.{self.rng.randint(1, 9)}.0\"\nedition = \"2021\"\n\n[dependencies]\n"
                    f"serde = {{ version = \"1\", features = [\"derive\"] }}\nanyhow = \"1\"\n")
        else:
            crate = name.replace("_", "-") + "-lab"
            text = f"cargo new {crate}\ncd {crate}\ncargo test -- --nocapture\ncargo clippy --all-targets\n"
        return f"```{kind}\n{text}```"


def body(prose):
    """About 600-1700 words: sections of prose, with every required block placed somewhere."""
    rng = prose.rng
    target = rng.randint(600, 1500)
    pending = ["bullets", "numbered", "table", "quote"] + ["code"] * rng.randint(1, 3)
    rng.shuffle(pending)
    blocks = [prose.paragraph()]
    words = len(blocks[0].split())
    make = {"bullets": prose.bullets, "numbered": prose.numbered, "table": prose.table,
            "quote": prose.quote, "code": prose.code}
    while pending or words < target:
        section = [prose.heading(2), prose.paragraph()]
        if rng.random() < 0.5:
            section += [prose.heading(3), prose.paragraph()]
        for _ in range(min(len(pending), rng.choice([1, 2]))):
            section.append(make[pending.pop()]())
        blocks += section
        words += sum(len(b.split()) for b in section)
        if words > 1500 - 80 * len(pending):
            blocks += [make[kind]() for kind in pending]  # no more prose: the page is long enough
            break
    return "\n\n".join(blocks) + "\n"


def duration(rng):
    low = rng.randint(1, 3)
    if rng.random() < 0.5:
        return f"{low} week" if low == 1 else f"{low} weeks"
    return f"{low}-{low + rng.randint(1, 2)} weeks"


def make_page(seed, i, n, width):
    rng = random.Random(f"{seed}/{n}/{i}")
    prose = Prose(rng, n)
    title = f"{capitalise(prose.pick(SUBJECTS))} {prose.pick(ANGLES)}"
    page = {"number": i, "title": title, "slug": f"{i:0{width}d}-{slugify(title)}",
            "duration": duration(rng),
            "outcomes": [prose.sentence(links=False) for _ in range(rng.randint(3, 5))],
            "mastery": prose.sentence(links=False)}
    items, seen = [], set()
    for _ in range(rng.randint(8, 30)):
        text = f"{prose.pick(TASK_VERBS)} the {prose.pick(QUALITIES)} {prose.pick(THINGS)} {prose.pick(TASK_KINDS)}"
        # Ids are unique in the whole handbook: the page number is part of each.
        base = f"p{i}-{slugify(text)}"
        item_id, k = base, 2
        while item_id in seen:
            item_id, k = f"{base}-{k}", k + 1
        seen.add(item_id)
        item = {"id": item_id, "text": text}
        if rng.random() < 0.4:
            item["detail"] = f"Takes about {rng.randint(5, 90)} minutes."
        items.append(item)
    page["items"] = items
    page["body"] = body(prose)
    return page


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def linked(page, pages, url):
    """The page's body with each link target replaced by url(target page)."""
    return LINK_RE.sub(lambda m: url(pages[int(m.group(1)) - 1]), page["body"])


def front_matter(page, extra=()):
    lines = ["---", f"title: {q(page['title'])}", f"phase: {page['number']}",
             f"duration: {q(page['duration'])}", "outcomes:"]
    lines += [f"  - {q(o)}" for o in page["outcomes"]]
    lines += list(extra)
    return lines


def item_lines(items, indent):
    lines = []
    for item in items:
        lines += [f"{indent}- id: {item['id']}", f"{indent}  text: {q(item['text'])}"]
        if "detail" in item:
            lines.append(f"{indent}  detail: {q(item['detail'])}")
    return lines


def peer_front_matter(page, extra=()):
    lines = front_matter(page, [f"mastery_check: {q(page['mastery'])}", *extra, "checklist:"])
    lines += item_lines(page["items"], "  ") + ["---", "", ""]
    return "\n".join(lines)


# --------------------------------------------------------------------------- our format
def write_handbook(root, pages):
    content = os.path.join(root, "content")
    write(os.path.join(content, "handbook.yml"),
          f"id: {HANDBOOK_ID}\ntitle: {q(HANDBOOK_TITLE)}\ndescription: {q(HANDBOOK_DESCRIPTION)}\n")
    write(os.path.join(content, "index.md"),
          f"---\ntitle: {q(HANDBOOK_TITLE)}\n---\n{len(pages)} generated phases, each with a checklist.\n")
    for page in pages:
        base = os.path.join(content, "phases", page["slug"])
        fm = front_matter(page, ["mastery_check:", f"  title: {q(page['mastery'])}", "---", "", ""])
        write(base + ".md", "\n".join(fm) + linked(page, pages, lambda p: p["slug"] + ".md"))
        write(base + ".yml", "\n".join(["items:", *item_lines(page["items"], "  ")]) + "\n")


# --------------------------------------------------------------------------- our format, a course in parts
def block_detail(rng, prose):
    """A detail of several blocks: a sentence, numbered steps, and now and then a command to run."""
    lines = [prose.sentence(links=False), ""]
    for k in range(1, rng.randint(2, 4) + 1):
        lines.append(f"{k}. {prose.sentence(links=False)}")
    if rng.random() < 0.5:
        lines += ["", "```sh", f"cargo run --example {slugify(prose.pick(THINGS))}", "```"]
    return lines


def plain(text):
    """A sentence without its Markdown marks: a description is plain text."""
    return re.sub(r"[*`]", "", text)


def write_course(root, pages, parts):
    """The same pages as a ported course: lessons in parts, only titles in their front matter (no duration,
    outcomes or mastery check), and some items with details of several blocks."""
    content = os.path.join(root, "content")
    write(os.path.join(content, "handbook.yml"),
          f"id: {HANDBOOK_ID}\ntitle: {q(HANDBOOK_TITLE)}\ndescription: {q(HANDBOOK_DESCRIPTION)}\n")
    write(os.path.join(content, "index.md"),
          f"---\ntitle: {q(HANDBOOK_TITLE)}\n---\n{len(pages)} generated lessons in {parts} parts.\n")
    size = -(-len(pages) // parts)
    folders = {}
    for k in range(parts):
        group = pages[k * size:(k + 1) * size]
        if not group:
            break
        rng = random.Random(f"part/{k}")
        prose = Prose(rng, len(pages))
        title = f"{capitalise(prose.pick(SUBJECTS))} in depth"
        folder = f"{k + 1:02d}-{slugify(title)}"
        write(os.path.join(content, "phases", folder, "index.md"),
              f"---\ntitle: {q(title)}\ndescription: {q(plain(prose.sentence(links=False)))}\n---\n"
              + " ".join(prose.sentence(links=False) for _ in range(3)) + "\n")
        for page in group:
            folders[page["number"]] = folder
    for page in pages:
        folder = folders[page["number"]]
        rng = random.Random(f"course/{page['number']}")
        prose = Prose(rng, len(pages))
        def url(target):
            there = folders[target["number"]]
            return target["slug"] + ".md" if there == folder else f"../{there}/{target['slug']}.md"
        base = os.path.join(content, "phases", folder, page["slug"])
        write(base + ".md", f"---\ntitle: {q(page['title'])}\n---\n\n" + linked(page, pages, url))
        lines = ["items:"]
        # Lessons are shorter than phases: 4-11 items each, about 2,300 for 310 lessons, as in the course
        # issue 17 ports.
        for item in page["items"][:rng.randint(4, 11)]:
            lines += [f"  - id: {item['id']}", f"    text: {q(item['text'])}"]
            if rng.random() < 0.2:
                lines.append("    detail: |")
                lines += [("      " + line).rstrip() for line in block_detail(rng, prose)]
            elif "detail" in item:
                lines.append(f"    detail: {q(item['detail'])}")
        write(base + ".yml", "\n".join(lines) + "\n")


# --------------------------------------------------------------------------- Hugo
HUGO_CONFIG = f"""baseURL = "/"
title = {q(HANDBOOK_TITLE)}
disableKinds = ["home", "section", "taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]

[markup]
  defaultMarkdownHandler = "goldmark"
  [markup.highlight]
    codeFences = false
  [markup.goldmark.extensions]
    table = true
    strikethrough = true
    linkify = true
    taskList = true
    typographer = false
"""

# Every peer layout prints the same page: the nav of every phase (current marked), the header, the body,
# the outcomes, the checklist as checkboxes, and the mastery check.
HUGO_LAYOUT = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
<body>
<nav aria-label="Phases"><ol>
{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}"{{ if eq .RelPermalink $.RelPermalink }} aria-current="page"{{ end }}>{{ .Params.phase }}. {{ .Title }}</a></li>
{{ end }}</ol></nav>
<main>
<h1>{{ .Title }}</h1>
<p>Phase {{ .Params.phase }} · {{ .Params.duration }}</p>
{{ .Content }}
<h2>Outcomes</h2>
<ul>
{{ range .Params.outcomes }}<li>{{ . }}</li>
{{ end }}</ul>
<h2>Checklist</h2>
<ul>
{{ range .Params.checklist }}<li><input type="checkbox" id="check-{{ .id }}" data-item="{{ .id }}"> <label for="check-{{ .id }}">{{ .text }}</label>{{ with .detail }} <p>{{ . }}</p>{{ end }}</li>
{{ end }}</ul>
<h2>Mastery check</h2>
<p>{{ .Params.mastery_check }}</p>
</main>
</body>
</html>
"""


def write_hugo(root, pages):
    write(os.path.join(root, "config.toml"), HUGO_CONFIG)
    write(os.path.join(root, "layouts", "_default", "single.html"), HUGO_LAYOUT)
    for page in pages:
        text = peer_front_matter(page, [f"weight: {page['number']}"])
        write(os.path.join(root, "content", "phases", page["slug"] + ".md"),
              text + linked(page, pages, lambda p: f"../{p['slug']}/"))


# --------------------------------------------------------------------------- Eleventy
ELEVENTY_CONFIG = """// The Eleventy side of the benchmark: one collection of phases, sorted once per build.
module.exports = function (eleventyConfig) {
  eleventyConfig.addCollection("phases", (api) =>
    api.getFilteredByGlob("src/phases/*.md").sort((a, b) => a.data.phase - b.data.phase));
  return {
    dir: { input: "src", includes: "_includes", data: "_data" },
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
  };
};
"""

ELEVENTY_LAYOUT = """<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }} · {{ site.title }}</title></head>
<body>
<nav aria-label="Phases"><ol>
{% for p in collections.phases %}<li><a href="{{ p.url }}"{% if p.url == page.url %} aria-current="page"{% endif %}>{{ p.data.phase }}. {{ p.data.title }}</a></li>
{% endfor %}</ol></nav>
<main>
<h1>{{ title }}</h1>
<p>Phase {{ phase }} · {{ duration }}</p>
{{ content | safe }}
<h2>Outcomes</h2>
<ul>
{% for o in outcomes %}<li>{{ o }}</li>
{% endfor %}</ul>
<h2>Checklist</h2>
<ul>
{% for item in checklist %}<li><input type="checkbox" id="check-{{ item.id }}" data-item="{{ item.id }}"> <label for="check-{{ item.id }}">{{ item.text }}</label>{% if item.detail %} <p>{{ item.detail }}</p>{% endif %}</li>
{% endfor %}</ul>
<h2>Mastery check</h2>
<p>{{ mastery_check }}</p>
</main>
</body>
</html>
"""


def write_eleventy(root, pages):
    write(os.path.join(root, "eleventy.config.cjs"), ELEVENTY_CONFIG)
    write(os.path.join(root, "src", "_includes", "phase.njk"), ELEVENTY_LAYOUT)
    write(os.path.join(root, "src", "_data", "site.json"), json.dumps({"title": HANDBOOK_TITLE}) + "\n")
    write(os.path.join(root, "src", "phases", "phases.11tydata.json"), json.dumps({"layout": "phase.njk"}) + "\n")
    for page in pages:
        write(os.path.join(root, "src", "phases", page["slug"] + ".md"),
              peer_front_matter(page) + linked(page, pages, lambda p: f"../{p['slug']}/"))


WRITERS = {"handbook": write_handbook, "hugo": write_hugo, "eleventy": write_eleventy}


def generate(n, out, seed, layouts, parts=0):
    width = max(4, len(str(n)))
    pages = [make_page(seed, i, n, width) for i in range(1, n + 1)]
    if os.path.exists(out):
        shutil.rmtree(out)
    for layout in layouts:
        WRITERS[layout](os.path.join(out, layout), pages)
    if parts:
        write_course(os.path.join(out, "course"), pages, parts)
    return pages


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, required=True, help="number of phase pages")
    parser.add_argument("--out", required=True, help="output folder (replaced)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--layouts", default=",".join(WRITERS), help="comma-separated: " + ", ".join(WRITERS))
    parser.add_argument("--parts", type=int, default=0,
                        help="also write course/: the pages as lessons in this many parts (our format only)")
    args = parser.parse_args(argv)
    layouts = [x for x in args.layouts.split(",") if x]
    unknown = [x for x in layouts if x not in WRITERS]
    if args.n < 1 or unknown:
        parser.error(f"unknown layout(s) {unknown}" if unknown else "--n must be at least 1")
    pages = generate(args.n, args.out, args.seed, layouts, args.parts)
    words = [len(LINK_RE.sub("x", p["body"]).split()) for p in pages]
    items = sum(len(p["items"]) for p in pages)
    print(f"{len(pages)} pages, {sum(words)} body words (min {min(words)}, avg {sum(words) // len(words)}, "
          f"max {max(words)}), {items} checklist items -> {args.out}")


if __name__ == "__main__":
    main(sys.argv[1:])
