/**
 * The vocabulary of page templates, as data: the field names of metadata headers, the
 * names of share and follow buttons, the words of calls to action and what they promote,
 * and the generic names of a page's parts. They are not phrases of one site: metadata
 * fields follow Dublin Core, schema.org's CreativeWork and the usual CMS templates; the
 * rest are the buttons and labels every news template prints. The classifier
 * (src/page/classify.ts) weighs them with the shape of a block, never alone.
 */

/**
 * Keys of "Key: value" metadata lines ("Category: India", "Published: 2025-12-31",
 * "Scraped (UTC): …", "Impact Rating: 8/10"). A key matches when its last word is listed
 * ("Impact Rating" → rating). Keys that introduce article text ("Summary:", "Note:",
 * "Update:") are not here: what follows them is content.
 */
export const META_KEYS: ReadonlySet<string> = new Set(
  (
    "category categories section sections subject topic topics tag tags keyword keywords label labels filed " +
    "source sources publisher publication outlet site website domain feed channel " +
    "published publish posted updated modified created date dated time timestamp scraped fetched retrieved crawled archived " +
    "language lang locale region edition country format type genre kind " +
    "url link permalink uri canonical doi id identifier slug " +
    "rating ratings score scores sentiment relevance importance priority views reads likes comments shares " +
    "length words count duration " +
    "license licence rights copyright credit credits courtesy via"
  ).split(" "),
);

/** Keys whose value is the article's title ("Title: …" in a reader export): metadata that names the page. */
export const TITLE_KEYS: ReadonlySet<string> = new Set("title headline".split(" "));

/** Keys whose value is the article's author: such a line is a byline. */
export const AUTHOR_KEYS: ReadonlySet<string> = new Set(
  "author authors by byline writer writers reporter reporters correspondent contributor contributors editor editors creator".split(" "),
);

/** Keys whose line is an advertisement or a disclaimer, whatever follows. */
export const AD_KEYS: ReadonlySet<string> = new Set("advertisement advert ad ads sponsored promoted promotion partner disclaimer disclosure".split(" "));

/** Words that open a byline ("By Jane Doe", "Reporting by …", "Words by …"). */
export const BYLINE_OPENERS = /^(?:by|written by|words by|story by|text by|reporting by|reported by|posted by|published by|compiled by|edited by)\s+/i;

/** Names of share and follow buttons: a row made only of these is page furniture. */
export const SHARE_WORDS: ReadonlySet<string> = new Set(
  (
    "facebook twitter x linkedin whatsapp telegram reddit pinterest tumblr flipboard bluesky threads mastodon instagram " +
    "youtube tiktok snapchat messenger line viber wechat weibo vk pocket digg email e-mail mail sms print copy link url " +
    "share shares sharing save bookmark gift comment comments tweet post pin rss feed"
  ).split(" "),
);
/** Words that may glue share buttons together ("Share on Facebook", "Copy the link"). */
export const SHARE_GLUE: ReadonlySet<string> = new Set("on via to the this article story page and or with us".split(" "));

/**
 * Verbs of a call to action, said to the reader at the start of a clause ("Sign up to …",
 * "…, subscribe to …", "Follow us on …", "Get 50% off …", "Open a trading account …").
 */
export const CTA_VERBS =
  /^(?:sign up|sign in|log in|subscribe|register|join|follow|like|download|install|get|grab|claim|unlock|upgrade|try|start|open|listen|watch|read|click|tap|share|rate|support|donate|become|stay|sign|enter|apply|contact|email|write to|send|shop|buy|book|discover|explore|learn)\b/i;

/**
 * What calls to action promote: the publisher's channels and offers, or the reader's
 * own inbox ("our newsletter", "sign up here", "your first year of Premium", "50% off").
 */
export const PROMO_OBJECTS =
  /\b(?:newsletters?|podcasts?|apps?|here|our|us|your|you|inbox|alerts?|notifications?|subscriptions?|subscribers?|subscriber-only|premium|membership|members|offers?|deals?|trial|free|discount|coupons?|account|channel|feed|updates|briefings?|digest|edition|this (?:article|story|page)|\d+\s?% off)\b/i;

/** A sentence that reports what someone did is news, not a call to action. */
export const REPORTED = /\b(?:said|says|told|according to|announced|reported|added)\b/i;

/**
 * Generic names of the parts of a page ("Summary", "Full Article", "Article Image",
 * "Key Points"): a heading made only of these labels the template, not the story.
 */
export const PAGE_PARTS: ReadonlySet<string> = new Set(
  (
    "summary full article articles story stories text body content contents image images photo photos picture pictures " +
    "video videos gallery audio transcript overview highlights key points takeaways abstract excerpt in brief at a glance " +
    "related more latest top trending popular recommended comments comment discussion tags topics share advertisement " +
    "sponsored references sources footnotes notes appendix table of"
  ).split(" "),
);

/** Separators of breadcrumbs and section labels ("World › Asia", "Finance & economics | Futile fortress"). */
export const NAV_SEPARATORS = /\s(?:\||›|»|>|\/|•|·|–|—)\s/;

/** Disclaimers of finance and news pages ("This article is for informational purposes only…"). */
export const DISCLAIMERS =
  /\b(?:for (?:general )?informational purposes only|(?:does|do|is) not (?:constitute|intended as) (?:financial|investment|legal) advice|not (?:financial|investment) advice|views expressed (?:here|in this article)|we may earn (?:a )?commission|affiliate links?)\b/i;

/**
 * Words of the class names, ids and roles that HTML templates give to page furniture
 * (ad slots, sponsored boxes, share bars, newsletter sign-ups, cookie banners, related
 * lists, menus), after the discard list of trafilatura and Readability's unlikely
 * candidates. A class is split into its words ("article-ad promo-box" → article, ad,
 * promo, box): one listed word marks the element.
 */
export const FURNITURE_CLASS_WORDS: ReadonlySet<string> = new Set(
  (
    "ad ads adv advert adverts advertisement advertisements advertising adslot adunit dfp gpt sponsor sponsors sponsored " +
    "promo promos promoted promotion native taboola outbrain partner partners affiliate " +
    "newsletter newsletters subscribe subscription signup paywall premium " +
    "share shares sharing sharebar social follow " +
    "related recommended recommendations recirculation trending popular mostread more " +
    "cookie cookies consent gdpr banner popup modal overlay interstitial " +
    "nav navbar navigation menu breadcrumb breadcrumbs sidebar rail widget ticker masthead toolbar " +
    "comments comment disqus tags tag-list taglist hidden sr-only visually-hidden"
  ).split(" "),
);

/** ARIA roles of page furniture. */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set("navigation banner complementary contentinfo dialog alertdialog search menu menubar toolbar".split(" "));
