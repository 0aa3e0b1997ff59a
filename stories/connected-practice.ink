#title: Connected practice
#summary: A colleague has deleted everything after hearing about a sanction. You have a Guild profile, a Shout account for work, a good piece of research and a weekly practice chat. Then a journalist replies, and someone you once worked with finds you. Can you stay connected, and stay professional?
#minutes: 12
#order: 5
#player: Jo Harper
#employer: Wrenford Borough Council
#people: Owen Reid, Hannah Okafor, Callum Frost, Shannon Marsh, Ros Kettle, Sunita Rao, Pete Lyle, Priya Sandhu
#places: Wrenford, Cobbett Rise, Cobbett Rise Primary
#content-note: Mentions a colleague's fear of being sanctioned, a news story about a local child protection case, and a child who is frightened of a parent.
#reflect: What do you gain from a professional network online, and what would you lose if you went quiet?
#reflect: When a colleague asks for help with a post, how do you check that a family could not recognise themselves in it?
#reflect: Who in your organisation handles the press, and how would a service user reach you through the right channel?

// Scenario 5 of Public Profile. Fictional council, fictional people.
// lapse = something worth a word in supervision; caution = over-caution and withdrawal (capped at 3).
// concern = the first thing the council would investigate ("" if none). The knot "outcome" picks the ending.
// Few variables on purpose: the checker walks every state.
VAR lapse = false
VAR caution = 0
VAR concern = ""
VAR quiet = false
VAR posted = false
VAR helped = false
VAR deleted = false
// What the composer's checker found (reset after use, so the walk stays small).
VAR post_serious = false
VAR post_case_detail = false
VAR post_empty = false
// The phone's settings as Jo has them: a public professional profile and a public work account on Shout.
VAR guild_public_profile = true
VAR shout_protected = false
VAR hearth_search_engines = false

-> monday

=== monday ===
#time: Mon 08:40
#platform: lock
Monday morning. The office kitchen, the kettle, the queue for the one clean mug.

You are Jo Harper, a social worker in the family support team at Wrenford Borough Council. Your personal accounts are locked down. Your work life online is two accounts: a Guild profile, and a Shout account you use for practice, research and the odd bit of good news about the profession.

Owen Reid, from the children in care team, is leaning on the counter, scrolling.

"Did you hear?" he says. "Someone I trained with got sanctioned. Something she posted. I deleted everything last night. Guild, Shout, the lot." #support
He looks tired. He says he lay awake going through ten years of posts. You tell him that if it is keeping him awake, Priya, his union or his professional body will listen, and he nods without looking up.

#platform: guild
#profile: me
#detail: Social worker, family support, Wrenford Borough Council
#detail: Interests: relationship-based practice, supervision, working with fathers
"You should do the same," Owen says. "Your Guild's got your face on it, and Wrenford, and it's public. Why give them anything?"

You look at your profile. A headshot, your job, two years of shared articles and comments. Nothing about any family. Nothing you would not say in front of Priya.

#covers: fear, private-accounts, search-yourself
#discuss: What did Owen's friend actually do wrong? Is having a professional account the risk, or what you put on it?
Owen waits for an answer.

+ [Keep your accounts, and spend ten minutes checking what they show #open #hcpc: 3 upheld #hcpc: 5 upheld]
    You take your tea back to your desk and search your own name.
    #search: Jo Harper
    Your Guild profile, your Shout account, a conference programme from last year. Nothing personal, nothing about a family. You delete one old reply that was sharper than it needed to be, and leave the rest.
    Concerns follow what people post, not the fact that they have an account. Social Work England's own standards ask you to keep your digital skills up to date, and its draft guidance on communicating online sets a high bar before what a social worker says online becomes a fitness-to-practise matter. Knowing what a stranger can see is the real protection, and it took ten minutes. #feedback
    -> research
+ [Go quiet for a while: no posts, no chat, just in case #cautious #hcpc: 3 upheld]
    ~ careful(1)
    ~ quiet = true
    You decide to keep the accounts but stop using them. Just for a few months. Just in case.
    Going quiet feels safe, and it breaks no rule. But you have done nothing wrong, and silence cuts you off from the research, colleagues and support that keep your practice current. Vague guidance creates "anxiety and alienation", as Denise Turner put it in Community Care in 2015, and fear spreads from one worried colleague to the next. #feedback
    -> research
+ [Lock both accounts down: protect your Shout posts and hide the Guild profile #cautious #hcpc: 3 upheld #hcpc: 5 risk]
    ~ careful(1)
    ~ quiet = true
    ~ shout_protected = true
    ~ guild_public_profile = false
    You protect your Shout posts and hide your public Guild profile from search engines and people outside Guild.
    Protecting posts is exactly right for a personal account. On a professional one it mostly hides the good work: your posts vanish from hashtag chats and searches, and colleagues cannot find you. A public work account is fine when you think before you post. #feedback
    -> research

=== research ===
#time: Tue 12:15
#platform: guild
Tuesday lunchtime. A link lands in your inbox from your old practice educator: a short, open-access study on what parents say helps when a social worker first knocks on their door. It is twelve pages long. You read it over a sandwich.

It is good. Being clear about why you are there came top. So did being on time, and saying what happens next. It is exactly what Hannah Okafor, the newly qualified worker on your team, was asking about last week.
{quiet: You did say you would go quiet. But this one is worth passing on.}

You open the composer on Guild. #composer: guild
#draft: Worth ten minutes of anyone's week: a short open-access study on what parents say helps when a social worker first visits. Being clear about why you are there came top.
#draft: This study is spot on. Visited a family I work with on the Cobbett Rise estate today, mum of three, would not let me past the door. Page 4 explains exactly why.
#photo: desk The study printed out on your desk (shows: a case file with a family's surname, your lanyard)
#covers: think-first, case-talk, fear
#discuss: What makes a post about research useful? When does a real example tip it into talking about a case?
You read your draft through before you share it.

+ [Post it #open #hcpc: 5 upheld #phone: post]
    #publish
    {
    - post_empty:
        There is nothing to post, so you close the composer. The study stays in your inbox. #impact: 5 risk
        The research was worth sharing, and a one-line summary would have done it. #feedback
    - post_serious or post_case_detail:
        ~ posted = true
        ~ concern = "post"
        The post goes up. Within the hour it has twelve reactions, and one comment from a practitioner at a neighbouring council: "Jo, might want to edit this?" #impact: 2 breach #impact: 13 risk
        Sharing research is good practice, but this post also says something about a family: where they live, what happened at the door, or a surname on a case file in the photo. Anyone who knows them could work out who they are. Keep the example general, or keep it out. #feedback
    - else:
        ~ posted = true
        The post goes up. By the end of the afternoon it has forty reactions and a handful of comments from practitioners in three councils, one of them asking for the link to share with students. #impact: 13 upheld
        #reactions: 40
        #comment: Ros Kettle: Great find. Would you bring this to Wednesday's chat? It's first visits this week.
        This is social media used well: a useful study, a plain summary, nothing about any family. Sharing good practice on a professional platform is what BASW's social media policy encourages, and it keeps your digital skills current, as Social Work England's standards ask. #feedback
    }
    ~ post_serious = false
    ~ post_case_detail = false
    ~ post_empty = false
    ~ quiet = false
    -> chat
+ [Close the composer. Someone might read something into it #cautious]
    ~ careful(1)
    ~ quiet = false
    You close the composer and forward the link to nobody.
    Nothing went wrong, and nobody learned anything either. The study could have helped colleagues, and Hannah, before their next first visit. Sharing research with a plain summary is one of the safest and most useful things a professional account can do. #feedback
    -> chat

=== chat ===
#time: Wed 20:00
#platform: shout
Wednesday, eight o'clock. On Shout, the weekly practice chat is starting.

It has run for years: an hour every Wednesday, social workers from all over the country answering the same five questions under one hashtag. Ros Kettle, a practice educator in the north, hosts it. You have read along for months and never joined in.
#post: Ros Kettle: Welcome all! Tonight: first visits. Q1. What is the one thing you always do in the first five minutes? No case details please, as ever.
#reactions: 86
#comment: Sunita Rao: I say who I am, why I am there, and what happens next. Then I stop talking.
#comment: Pete Lyle: Ask where they'd like me to sit. Small thing, but it's their home.
{posted and concern == "": Ros has tagged your research post in her opening thread.}
{shout_protected: Your posts are protected, so anything you write under the hashtag will only be seen by your followers. The chat will not see it.}

Every reply under the hashtag is public. Anyone can read it, quote it or screenshot it, tonight or in five years.

#covers: public-comments, think-first, fear
#discuss: What could you share here that would help others, without telling anyone's story?
The chat scrolls past faster than you can read it.

+ [Join in with a practice tip in general terms #open #hcpc: 5 upheld #hcpc: 13 upheld]
    #post: Jo Harper: A1. I tell them what I've been told and who by, then ask what they think is going on. Parents tell me later that was when they decided to talk.
    #reactions: 31
    #comment: Ros Kettle: Lovely. Saving that one for my students.
    You post your answer. Within minutes, it is being shared by people you have never met.{shout_protected: You unprotect your posts for the hour: a public hour for public work.}
    A general point about how you practise, with nothing about any family, is exactly what a community of practice is for. Online communities of practice like this one have supported social workers' learning and CPD for more than a decade. #feedback
    ~ shout_protected = false
+ [Share last week's visit, with a few details changed, to make it real #hcpc: 2 breach #hcpc: 1 risk]
    ~ lapse = true
    {concern == "":
        ~ concern = "chat"
    }
    ~ shout_protected = false
    #post: Jo Harper: A1. Last Tuesday a dad met me at the door with his toddler on his hip and said "you lot took my sister's kids". I sat on his step for twenty minutes before he let me in.
    #reactions: 19
    You post it. People like it. It is a good story.
    It is also his story. A day, a toddler and a family history are details the dad, his sister and his neighbours would recognise at once, however much you changed. A community of practice wants the lesson, not the case. #feedback
+ [Read along, but don't post #cautious #hcpc: 3 upheld]
    ~ careful(1)
    You read the whole hour and like nothing, in case a like counts as a view.
    You stay safe, and the chat stays one voice short. Your answer might have helped a newly qualified worker somewhere before a hard visit. Taking part in general terms, with no family in it, is the kind of professional use BASW's policy encourages. #feedback
- -> hannah

=== hannah ===
#time: Wed 20:25
#platform: shout
#notification: Shout: New message from Hannah Okafor
Twenty minutes in, a message from Hannah. She is following the chat too.
#message: Hannah Okafor: Jo, can I ask the chat something? I've got a first visit tomorrow and I'm dreading it. Is this ok to post?
#message: Hannah Okafor: "Advice please! Visiting a family on the Cobbett Rise estate tomorrow. Dad got out of prison on Monday, three kids, the eldest (9) at Cobbett Rise Primary told her teacher she's scared of him. How do I open the conversation with him?"
You read it twice. It is a good question. It is also the family's whole situation in four lines: an estate, a release date, three children, a school and what the eldest said.

#covers: case-talk, audience-limits, fear
#discuss: What would a neighbour, or the dad himself, recognise in Hannah's draft? What is the question underneath it?
Hannah is typing again: "Sorry if it's a stupid question."

+ [Help her cut it back to the practice question #open #hcpc: 2 upheld #hcpc: 1 upheld #hcpc: 5 upheld]
    ~ helped = true
    You ring her. Together you take out Cobbett Rise, the school, the ages, the release and what the girl said. What is left is the question she actually needs answering.
    #reply: Not stupid at all. Try this: "Newly qualified here. How do you open a first visit with a parent who you know will be defensive about why you're there?" And talk to Priya first thing about the risks and whether someone should go with you. Ring me after the visit.
    Anonymising takes more than leaving out names: a place, an age, a school and a date together can identify a family. Helping Hannah ask the question safely supports her, keeps the family's story private and gets her real advice. #feedback
    #post: Hannah Okafor: Newly qualified here. How do you open a first visit with a parent who you know will be defensive about why you're there?
    #reactions: 52
    #comment: Ros Kettle: Great question. Name the worry early, plainly, and then listen. Plan it with your manager first.
    Twenty replies arrive in as many minutes. Hannah sends you a string of thank-yous.
+ [Tell her never to post about work online #cautious #hcpc: 2 upheld #hcpc: 1 risk]
    ~ careful(1)
    #reply: Please don't. Never post about work online, it's not worth it. Honestly.
    Hannah replies with a thumbs up, and leaves the chat.
    The family's story stays private, which matters. But Hannah learns that asking for help online is dangerous, not how to do it well, and she goes into a hard visit alone. A few minutes helping her take out the identifying details would have got her good advice. #feedback
+ [Take out the school and the ages. That should be enough #hcpc: 2 breach #hcpc: 1 risk]
    {concern == "": 
        ~ concern = "hannah"
    }
    #reply: Take out the school and the ages and you're fine
    #post: Hannah Okafor: Advice please! Visiting a family on the Cobbett Rise estate tomorrow. Dad got out of prison on Monday, the eldest told school she's scared of him. How do I open the conversation?
    #reactions: 14
    Hannah posts it. The replies are kind.
    Cobbett Rise is a small estate, and only one dad there came out of prison on Monday. His family, his probation officer and half his street could recognise this post. Anonymising means asking what anyone who knows the family could piece together, not just taking out the obvious details. #feedback
+ [Tell her it's fine. There are no names in it #hcpc: 2 breach #hcpc: 1 breach]
    {concern == "": 
        ~ concern = "hannah"
    }
    #reply: Looks fine, no names. Go for it!
    #post: Hannah Okafor: Advice please! Visiting a family on the Cobbett Rise estate tomorrow. Dad got out of prison on Monday, three kids, the eldest (9) at Cobbett Rise Primary told her teacher she's scared of him. How do I open the conversation with him?
    #reactions: 14
    Hannah posts it.
    No names is not the same as anonymous. An estate, a school, a child's age, a release date and what the child told her teacher point at one family, and the chat is public. The girl's words are now searchable, by her father too. #feedback
- -> journalist

=== journalist ===
#time: Thu 10:05
#platform: shout
Thursday. The Wrenford Echo's front page is a care case on the Cobbett Rise estate: a family in court this week, a grandmother saying the council "snatched" the children. The council has said it cannot comment on individual cases.
{
- posted and concern == "post":
    #notification: Guild: Callum Frost replied to your post
    Your phone buzzes. Callum Frost, a reporter at the Echo, has replied under your research post, the one about the visit.
    #platform: guild
    #comment: Callum Frost: Interesting, Jo. That family on the Cobbett Rise estate: is that the one in court this week? Any chance of a word? Happy to keep your name out of it.
- posted:
    #notification: Guild: Callum Frost replied to your post
    Your phone buzzes. Callum Frost, a reporter at the Echo, has replied under your research post.
    #platform: guild
    #comment: Callum Frost: Interesting stuff, Jo. You're at Wrenford, right? Any chance of a word about the Cobbett Rise estate family in court this week? Happy to keep your name out of it.
- concern == "hannah":
    #notification: Shout: Callum Frost mentioned you
    Your phone buzzes. Callum Frost, a reporter at the Echo, has replied to Hannah's question in last night's chat, and tagged you.
    #comment: Callum Frost: @JoHarper you're both at Wrenford? Is this the Cobbett Rise estate family in the paper? Any chance of a word? Happy to keep your names out of it.
- else:
    #notification: Shout: New message from Callum Frost
    Your phone buzzes. Callum Frost, a reporter at the Echo, has found your Shout account through your Guild profile.
    #message: Callum Frost: Hi Jo, saw you're at Wrenford. Any chance of a word about the Cobbett Rise estate family in court this week? Happy to keep your name out of it.
}
He is polite. The story he is writing is one-sided, and you know the grandmother has got some things wrong.

#covers: case-talk, public-comments, think-first
#discuss: Why does "off the record" make no difference? Who speaks for the council on a case, and why?
You feel the pull to put him straight.

+ [Say you can't comment, give him the press office, tell Priya #open #hcpc: 2 upheld #hcpc: 13 upheld #hcpc: 7 upheld]
    #reply: Hi Callum, I can't comment on any case, but Wrenford Borough Council's press office can help with media enquiries. I'll let them know you're asking.
    You forward his message to the press office and to Priya, with a line saying what you replied.
    A short, polite reply that points to the right channel says nothing about the family and leaves no loose end. The press office can answer, your manager knows, and the reporter has nothing to quote except that you sent him to them. #feedback
+ [Delete your post and block him #cautious #hcpc: 2 upheld #hcpc: 7 risk]
    ~ careful(1)
    You block him.{posted: Then you delete your research post, and the colleagues who were sharing it lose the link.}
    You said nothing about the case, which is right. But blocking tells nobody: the press office and Priya don't know a reporter is asking staff, and he will simply ask someone else. A two-line reply pointing him to the press office would have closed it properly, without you going quiet. #feedback
+ [Put him straight, off the record: the grandmother has got it wrong #hcpc: 2 breach #hcpc: 13 breach]
    {concern == "" or concern == "hannah": 
        ~ concern = "press"
    }
    #reply: Off the record, there's a lot the grandmother isn't saying. The council had good reasons. I can't say more.
    You send it. Ten minutes later he asks what the good reasons were.
    There is no "off the record" for a case. Even a hint confirms the council is involved, says something about the family, and can be quoted. Only the press office speaks for the council on a case, and only within the law. #feedback
+ [Reply to defend the team, without details #hcpc: 13 risk #hcpc: 2 risk]
    ~ lapse = true
    #reply: Can't go into it, but I can tell you the team did everything by the book here.
    You send it. It feels loyal.
    Saying the team "did everything by the book here" confirms the council's involvement and comments on the case, even without a single detail. It is a quote he can use. Refer all media questions about cases to the press office. #feedback
- -> shannon

=== shannon ===
~ posted = false
#time: Fri 19:10
#platform: shout
Friday evening. You are on the sofa when Shout buzzes twice.
{
- shout_protected:
    #notification: Shout: Shannon Marsh asked to follow you
    Your posts are protected, so it is a request.
- else:
    #notification: Shout: Shannon Marsh followed you
    Your account is public, so she simply follows you.
}
#request: follow Shannon Marsh
Shannon Marsh. You closed her family's case last spring. Her son is back at school, and she had done well.
#message: Shannon Marsh: hi jo its shannon. found you on here lol. sorry to bother you but housing have sent me a letter and i dont understand it. can i send you a photo of it?
She has always been polite. She has always been in a muddle with letters.

{shout_protected: Protecting your posts has not stopped her finding you. It rarely does.}{not shout_protected: A public account can be followed by anyone. You can't stop that, but you can decide what happens next.}

#covers: contact, no-requests, private-accounts, audience-limits
#discuss: Shannon's case is closed. What does she need, and who should give it to her? What would you lose by locking your account?
You look at the message for a long time.

+ [Reply once, kindly, and point her to the right help #open #hcpc: 1 upheld #hcpc: 3 upheld #hcpc: 7 upheld #phone: reply]
    #reply: Hi Shannon, lovely to hear from you and glad things are going well. I can't help through Shout, but the council's housing team, or Citizens Advice, can help with the letter. Ring them on Monday morning.
    You don't follow her back. On Monday you mention it to Priya, and she notes it.
    Shannon gets a warm answer and a real route to help, and you have not become her private helpline. This is your work account, not a personal one: one reply that points elsewhere, no follow-back, no further messages, and Priya is told. #feedback
+ [Help her with the letter by message. It's only five minutes #hcpc: 3 risk #hcpc: 1 risk]
    ~ lapse = true
    #reply: Course, send it over!
    #message: Shannon Marsh: thank u so much. your the only one who ever explains things
    She sends the photo. You explain it. She asks if you can help with another one next week.
    Kind, and it helps tonight. But the case is closed, nobody else knows, and Shannon now has a direct line to you on a Friday night. Contact like this is how boundaries drift. The housing team or Citizens Advice can do this properly. #feedback
+ [Block her, protect your account, and say nothing #cautious #hcpc: 1 risk #phone: block]
    ~ careful(1)
    ~ shout_protected = true
    You block Shannon and protect your posts. The account goes quiet.
    The boundary holds, but Shannon asked for help with a letter and got silence. A one-line reply pointing her to the housing team or Citizens Advice would have kept the boundary and kept her trust. And protecting your work account hides it from the chat and the colleagues it was for. #feedback
- -> friday

=== friday ===
#time: Fri 21:30
#platform: shout
Later, Owen messages.
#message: Owen Reid: heard a reporter was sniffing round staff accounts. told you. delete it all, Jo. not worth it
You look at your two accounts. A reporter, someone you once worked with, a week of small decisions. It would be easy to make all of it go away.
{caution >= 2: You have spent the week keeping your head down. It has not felt like much of a life online.}

Priya's team meeting is on Monday. She has asked whether anyone has something from the week to share.

#covers: fear, think-first
#discuss: What would the team lose if you deleted everything? What would you say to Owen?
You start typing a reply to Owen.

+ [Keep the accounts; offer the week's lessons on Monday #open #hcpc: 5 upheld #hcpc: 13 upheld #hcpc: 3 upheld]
    #reply: I'm keeping mine. The problem is what people post, not having an account. I'm doing ten minutes on it at team meeting Monday, come along?
    You email Priya a short plan: the research, the chat, how to anonymise a question, and what to do when a reporter or a former client gets in touch.
    Fear spreads when nobody talks about it. Whatever the council's policy says, a team that talks about what went right and wrong online learns faster than one where everyone works it out alone. Sharing what you learned turns one person's week into the whole team's practice. #feedback
+ [Delete everything tonight. Owen was right #cautious #hcpc: 3 upheld #hcpc: 5 risk]
    ~ careful(2)
    ~ deleted = true
    You delete your Shout account, then your Guild profile. Two years of posts, gone in four minutes. #platform: home
    You broke no rule, and you can always start again. But deleting fixes nothing that happened this week, and it takes with it the research, the chat and the network that were helping you and Hannah. On Monday, you will have nothing to share. #feedback
+ [Post a thread about reporters hounding social workers #hcpc: 13 risk #hcpc: 3 risk]
    ~ lapse = true
    #post: Jo Harper: Reporters now sliding into social workers' DMs about live cases. Shameful. The Echo should be ashamed of itself.
    #reactions: 23
    You post it. It gets shared, and the Echo's news editor replies within the hour.
    The frustration is fair, but a public thread aimed at a named paper, in the week it is covering a case your council is in, draws attention to the case and to you. Tell your manager and the press office, and let them respond. #feedback
- -> outcome

=== function careful(n) ===
~ caution = MIN(caution + n, 3)

=== outcome ===
{
- concern == "hannah":
    -> advice
- concern != "":
    -> investigation
- lapse:
    -> advice
- deleted or caution >= 3:
    -> isolation
- else:
    -> no_concerns
}

=== no_concerns ===
#time: Mon 09:30
#platform: home
Monday's team meeting. You put the study on the screen, then Hannah's question, before and after.
{helped: Hannah tells the team how her visit went. The dad was defensive for ten minutes, then made her a cup of tea. She used the chat's advice word for word.}
{not helped: Hannah tells the team her visit was hard, and that she wished she had known where to ask. You show her how the chat works, and how to ask without telling anyone's story.}
{caution >= 1: Priya adds one thing: "Going quiet can feel safe, but it has a cost. The team learns from people who take part, carefully."}
Priya asks you to write the anonymising tips up for the team's shared drive. Owen, at the back, asks if you would help him set up a new Guild profile. Carefully, this time.
You leave with your accounts, your network and a team that knows a little more than it did. #ending: no-concerns Connected, and careful
-> END

=== advice ===
#time: Mon 09:30
#platform: home
Priya books an extra half hour in supervision. It will go on your supervision record, she says, not a disciplinary file.
{concern == "hannah": "Hannah's post is with HR, and they will want to know what you told her," she says. "Your advice was wrong, but the post was hers, and she's newly qualified. What matters is what you say the next time a colleague asks."}
{caution >= 2: "I'm glad you're careful," she says. "But some of this week was about keeping your head down, and that has a cost too: to you, to Hannah, to the families who'd benefit from what you learn."}
"Some of what you shared and said this week was kind, and well meant," she says. "But a few things went further than they should have."
She points you to the council's social media policy, and asks you to bring an example of a post you would share, and one you would not, to your next supervision.
You leave with a plan, and a note of it on your supervision record. Next time, you will think first and then take part. #ending: advice A word in supervision
-> END

=== isolation ===
#time: Mon 09:30
#platform: home
Priya books an extra half hour in supervision. It is not about anything you did wrong, she says. It is about what you stopped doing.
{deleted: On Monday you had nothing to share at the team meeting. Your accounts are gone, and with them the study, the chat and two years of colleagues.}
{not deleted: You did bring something to Monday's meeting. But looking back over the week, you stepped back far more often than you stepped in.}
{not helped: Hannah's first visit was hard. She did not feel she could ask anyone online, and she did not want to bother you again.}
Owen has stopped coming to the practice days. The team is quieter online than it has ever been.
"The guidance encourages us to use this well," Priya says. "If we all go quiet, we're on our own. I'd like you to come back to the chat, carefully, and bring what you learn to team meetings." #support
She reminds you that supervision, your union or professional body, and the UK Safer Internet Centre's helpline for professionals are there if being online is making you anxious.
You agree to look at your accounts together next month. Nothing is on your record except the plan. #ending: advice Safe, but on your own
-> END

=== investigation ===
#time: Mon 09:30
#platform: home
On Monday, Priya asks to see you in a side room.
{
- concern == "post":
    A neighbour of the family was shown your research post, recognised them, and complained to the council.
- concern == "chat":
    A friend showed the dad your answer in the chat. He recognised himself and his sister, and complained to the council.
- concern == "hannah":
    The dad's probation officer saw Hannah's question in the chat and recognised them. The council has been told.
- else:
    The Echo ran a line from "a council social worker" about the Cobbett Rise case. The press office traced it to your reply.
}
The council will look into it under its conduct procedure. You are not suspended, and you can bring a union representative. An investigating officer will interview you and look at the whole week. #support
{concern == "hannah": Hannah is upset. She asked for your help, and she will be interviewed too.}
Priya is clear that sharing research and taking part in the chat are not the problem. "It's what went with them," she says.
You go back to your desk and read the social media policy properly. The chat goes on without you this Wednesday. #ending: investigation Under investigation
-> END
