"""Add Korean, Chinese and Japanese stories to a benchmark archive.

The demo generator writes English copy; the search benchmark also needs CJK
stories for its CJK queries. This reuses the generator's bulk writer
(`ArchiveGenerator`) with a small CJK copy writer, so the rows are exactly
what publishing writes. Run it after `dateline demo-data` and before
`dateline reindex`:

    DATELINE_DATA_DIR=/tmp/dateline-1m .venv/bin/python bench/search_cjk_corpus.py --stories 30000
"""

import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dateline.settings.base")

import django  # noqa: E402

django.setup()

from dateline.stories.demo import builder  # noqa: E402
from dateline.stories.demo.archive import ArchiveGenerator  # noqa: E402
from dateline.stories.demo.newswire import StoryCopy  # noqa: E402
from dateline.stories.models import Story  # noqa: E402

BANKS = {
    "ko": {
        "subjects": ["통일부", "국방부", "기획재정부", "서울시", "산업통상자원부", "외교부", "보건복지부", "한국은행"],
        "topics": [
            "종전선언",
            "남북 이산가족 상봉",
            "반도체 수출",
            "최저임금 인상",
            "부동산 대책",
            "미세먼지 저감",
            "한미 연합훈련",
            "저출산 대책",
            "전기차 보조금",
            "청년 일자리",
        ],
        "headlines": ["{s}, {t} 논의 본격화", "{t} 관련 {s} 입장 발표", '{s} "{t} 조속히 추진"', "{t} 놓고 여야 공방"],
        "sentences": [
            "{s}는 {d}일 {t}에 대한 구체적인 계획을 발표했다.",
            '관계자는 "{t}를 위해 최선을 다하겠다"고 말했다.',
            "전문가들은 {t}가 경제에 미칠 영향을 주목하고 있다.",
            "{s}는 다음 달까지 세부 방안을 마련할 예정이다.",
            "이번 조치는 {t}를 둘러싼 우려를 해소하기 위한 것이다.",
            "시민들은 {t}에 대해 엇갈린 반응을 보였다.",
        ],
        "cities": ["Seoul", "Busan", "Sejong"],
    },
    "zh": {
        "subjects": ["外交部", "商务部", "国务院", "北京市政府", "央行", "教育部"],
        "topics": ["朝鲜半岛和平进程", "半导体出口", "经济增长目标", "能源安全", "人工智能产业", "跨境电商"],
        "headlines": ["{s}就{t}发表声明", "{t}取得新进展", "{s}：将继续推进{t}"],
        "sentences": [
            "{s}发言人{d}日表示，将积极推进{t}。",
            "分析人士认为，{t}对地区经济具有重要意义。",
            "双方在北京举行会谈，就{t}交换了意见。",
            "有关部门将于下月公布具体方案。",
        ],
        "cities": ["Beijing", "Shanghai"],
    },
    "ja": {
        "subjects": ["政府", "経済産業省", "外務省", "東京都", "日本銀行", "防衛省"],
        "topics": ["首脳会談", "半導体供給網", "円安対策", "防災計画", "観光客誘致", "賃上げ"],
        "headlines": ["{s}、{t}で協力を確認", "{t}を巡り{s}が方針", "{s}「{t}を急ぐ」"],
        "sentences": [
            "{s}は{d}日、{t}について記者会見を開いた。",
            "関係者によると、{t}の詳細は来月発表される。",
            "専門家は{t}の影響を注視している。",
            "両国は{t}での協力を確認した。",
        ],
        "cities": ["Tokyo", "Osaka"],
    },
}
WEIGHTS = [("ko", 0.6), ("zh", 0.2), ("ja", 0.2)]


class CJKWriter:
    languages = []  # every story's language, in the order written

    def __init__(self, rng):
        self.rng = rng

    def story(self, slug):
        r = self.rng
        roll, lang = r.random(), "ko"
        for name, weight in WEIGHTS:
            if roll < weight:
                lang = name
                break
            roll -= weight
        bank = BANKS[lang]
        ctx = {"s": r.choice(bank["subjects"]), "t": r.choice(bank["topics"])}
        paragraphs = []
        for _ in range(r.randint(4, 8)):
            ctx["d"] = r.randint(1, 28)
            paragraphs.append(" ".join(r.choice(bank["sentences"]).format(**ctx) for _ in range(r.randint(2, 4))))
        self.languages.append(lang)
        return StoryCopy(
            headline=r.choice(bank["headlines"]).format(**ctx),
            bylines=[],
            city=r.choice(bank["cities"]),
            country="",
            keywords=[ctx["t"]],
            urgency=4,
            paragraphs=paragraphs,
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=30_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    before = Story.objects.order_by("-id").values_list("id", flat=True).first() or 0
    # The generator's copy builder makes a CopyWriter(rng); in this process
    # (workers=0) it makes ours instead.
    builder.CopyWriter = CJKWriter
    generator = ArchiveGenerator(args.stories, seed=args.seed, years=5, workers=0)
    writer = CJKWriter
    started = time.perf_counter()
    result = generator.run()
    ids = list(Story.objects.filter(id__gt=before).order_by("id").values_list("id", flat=True))
    for lang in ("zh", "ja", "ko"):
        chosen = [i for i, lg in zip(ids, writer.languages, strict=False) if lg == lang]
        for n in range(0, len(chosen), 5000):
            Story.objects.filter(id__in=chosen[n : n + 5000]).update(language=lang)
    print(f"Added {result.created} CJK stories in {time.perf_counter() - started:.1f} s.")


if __name__ == "__main__":
    main()
