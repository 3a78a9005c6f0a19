"""Elasticsearch index settings for the site search: one folded analyzer per language.

They are built from standard Elasticsearch parts (elision, lowercase, asciifolding, stemmer),
so any Elasticsearch 9 server accepts them; scripts/services adds those parts to the minimal
server it runs for development and CI.
"""

FRENCH_ARTICLES = [
    "l",
    "m",
    "t",
    "qu",
    "n",
    "s",
    "j",
    "d",
    "c",
    "jusqu",
    "quoiqu",
    "lorsqu",
    "puisqu",
]

INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "seash_french_elision": {
                    "type": "elision",
                    "articles_case": True,
                    "articles": FRENCH_ARTICLES,
                },
                "seash_french_stemmer": {"type": "stemmer", "language": "light_french"},
                "seash_spanish_stemmer": {"type": "stemmer", "language": "light_spanish"},
                "seash_english_possessive": {"type": "stemmer", "language": "possessive_english"},
                "seash_english_stemmer": {"type": "stemmer", "language": "english"},
                "seash_arabic_stemmer": {"type": "stemmer", "language": "arabic"},
            },
            "analyzer": {
                "seash_folded": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding"],
                },
                "seash_french": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "seash_french_elision",
                        "lowercase",
                        "asciifolding",
                        "seash_french_stemmer",
                    ],
                },
                "seash_spanish": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "seash_spanish_stemmer"],
                },
                "seash_english": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": [
                        "seash_english_possessive",
                        "lowercase",
                        "asciifolding",
                        "seash_english_stemmer",
                    ],
                },
                "seash_arabic": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "arabic_normalization", "seash_arabic_stemmer"],
                },
            },
        }
    }
}
