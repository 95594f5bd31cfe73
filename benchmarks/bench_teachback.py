"""How fast is the teach-back summary? Run on demand, not part of the test suite:

    python benchmarks/bench_teachback.py

Measures, inside a running process with the shipped content: the summary
from a whole quiz's answers (core only), and its one-page PDF in memory,
beside a bare QPdfWriter page with one line of text (the floor on this machine), timed
and drawn as benchmarks/bench_checklist.py does.
"""

from __future__ import annotations

from ketaguide.printing.application import ensure_application

ensure_application()

from bench_checklist import RUNS, bare_pdf, median_ms  # noqa: E402  (the same timer and floor)

from ketaguide.core import signoff, teachback  # noqa: E402
from ketaguide.core.loading import load  # noqa: E402
from ketaguide.printing import pdf_bytes  # noqa: E402
from ketaguide.printing.teachback_printout import make_teachback_printout  # noqa: E402


def main() -> None:
    library = load()
    quiz = library.quiz
    # Every pattern: right first time, wrong then right, never right.
    answers = {}
    for n, question in enumerate(quiz):
        right = question.right_answer
        wrong = frozenset({next(i for i in range(len(question.choices)) if i not in right)})
        answers[question.key] = [[right], [wrong, right], [wrong]][n % 3]
    own = teachback.own_questions(library)
    ticked = {q.key for q in own[::3]}
    version = signoff.content_version(library)

    def summary():
        return teachback.summarize(quiz, answers, library, ticked)

    def pdf():
        return pdf_bytes(make_teachback_printout(summary(), library.settings, library.language, "",
                                                 content_version=version))

    print(f"quiz questions: {len(quiz)}, own questions offered: {len(own)}, ticked: {len(ticked)}")
    print(f"summary (core):           {median_ms(summary):7.2f} ms median of {RUNS}")
    print(f"summary PDF in memory:    {median_ms(pdf):7.2f} ms median of {RUNS}")
    print(f"bare one-line QPdfWriter: {median_ms(bare_pdf):7.2f} ms median of {RUNS}")


if __name__ == "__main__":
    main()
