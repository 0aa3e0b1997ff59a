#title: The page
#summary: A father whose children were removed puts your name and photo on a public hate page, and the comments pile up overnight. What do you do with your anger, who do you tell, and how do you keep doing the job?
#minutes: 12
#order: 4
#player: Jo Harper
#employer: Wrenford Borough Council
#people: Dean Carver, Ellie, Tyler, Leanne Carver, Bev Adeyemi, Priya Sandhu, Amara Osei
#people: Gaz Mellor, Sandra Pike, Mick Hollis
#places: Wrenford, Stannerby
#content-note: Online abuse directed at a social worker, including a threat.
#content-note: Children removed from a parent's care.
#reflect: When something online makes you angry or afraid, what is the first thing you would want to do, and who would you tell?
#reflect: What is the difference between withdrawing from social media and managing your presence on it well?
#reflect: How would you keep working with a parent who has attacked you online, and what support would you need to do it?

// Scenario 4 of Public Profile. Fictional council, fictional people.
// Tallies: minor = lapses worth a word in supervision; serious = conduct the council would
// investigate; caution = withdrawal that cost something. case_posted = case details put online.
// The knot "outcome" picks the ending.
VAR minor = 0
VAR serious = 0
VAR caution = 0
VAR case_posted = false
VAR first = ""
VAR bev = ""
VAR told = ""
VAR leanne = ""
VAR presence = ""
VAR handover = false
// The phone as Jo has left it: a new account's defaults, and a party photo as her picture.
VAR hearth_future_posts = "friends"
VAR hearth_search_engines = true
VAR hearth_friend_requests = "everyone"
VAR hearth_tag_review = false
VAR shout_protected = false
VAR lens_private = false
VAR guild_public_profile = true
VAR profile_picture = "party"
// What the composer found, if Jo writes back.
VAR post_case_detail = false
VAR post_identifies = false
VAR post_empty = false
VAR post_employer = false

-> tuesday

=== tuesday ===
#time: Tue 21:10
#platform: lock
Tuesday night. You have just sat down with a cup of tea and the end of a film. It has been a long week, and it is only Tuesday.

You are a social worker in the family support team at Wrenford Borough Council. Last month the family court made orders for Ellie and Tyler Carver, aged six and four, to live with foster carers in Stannerby. You wrote the assessment. Their father, Dean Carver, shouted at you in the corridor outside court. You have not seen him since.

#notification: Hearth: Bev Adeyemi sent you a message
Your phone buzzes.

#platform: hearth
#message: Bev Adeyemi: Jo, have you seen this? Sorry. Don't look at it on your own if you can help it. I'm about, ring me
#message: Bev Adeyemi: Hearth page called Wrenford Child Snatchers. You're on it.
Bev works in the leaving care team. She is the kind of colleague who texts first and asks questions later.

You tap the link.

#hate-page: Wrenford Child Snatchers
#post: Dean Carver: THIS is the woman who STOLE my kids. Jo Harper, Wrenford council. Lied to the judge. Look at her, partying while my babies cry themselves to sleep. SHARE SHARE SHARE
#image: Jo at her sister's birthday, glass in hand: her own Hearth profile picture
#reactions: 212
The page has four hundred followers. The newest post is about you. Under your name is your own face: the photo from your sister's birthday, glass in hand, taken from your Hearth profile picture.

It has been shared eighty times. The comments are still coming in.

You feel sick. Then you feel furious.
#support
You are not on your own with this, even if it feels like it tonight. Your manager, your employer, your union or professional body and the UK Safer Internet Centre's helpline for professionals are all there for exactly this.

#content-note: The comments below include abuse and a threat aimed at Jo.
There are sixty-three comments. Some of them are worse than the post.

* [Read the comments]
    #comment: Gaz Mellor: seen her at the retail park with her kids. scum
    #comment: Sandra Pike: They did the same to my sister. These people are paid to take kids. Disgusting
    #comment: Mick Hollis: someone should pay her a visit. see how she likes having her family took
    #comment: Sandra Pike: Anyone know where she lives??
    #comment: Gaz Mellor: shes got kids of her own apparently. wonder who looks after them
    You read every one. Some are strangers angry at the world. Some are people who know Dean. One of them wants to know where you live.
    Mick Hollis's comment stays with you: someone should pay her a visit. That is not an opinion. It is a threat.
* [Skip the comments: give me the gist]
    Bev's second message gives you the gist without the words.
    #message: Bev Adeyemi: the comments are mostly name-calling. But one bloke says someone should "pay you a visit", and someone's asking where you live. That bit's not ok
    You decide not to read them yourself tonight. Someone asking where you live, and someone suggesting a visit: that is enough to know.
- Whatever you have read, you don't have to carry it alone. #support
You are not the first. In 2012 a page named and pictured about twenty social workers; the platform removed it.

In an Irish survey published in 2024, about one in five social workers who responded had faced online abuse. Nearly half the abusers were adult service users, past or present. Most did not engage.
-> respond

=== respond ===
#time: Tue 21:25
#platform: hearth
#hate-page: Wrenford Child Snatchers
#post: Dean Carver: THIS is the woman who STOLE my kids. Jo Harper, Wrenford council. Lied to the judge. Look at her, partying while my babies cry themselves to sleep. SHARE SHARE SHARE
#reactions: 231
You go back to the page. The reactions are still climbing.
Your thumb is already over the comment box. You could tell them what really happened. You were in court. You know what Dean did, and what he didn't do.

#covers: hate-sites, case-talk, contact
#discuss: What is the pull to reply? Who is reading this page, and what would any reply give them?
Everything in you wants to answer.

* [Reply to the post: give as good as you get #hcpc: 3 breach #hcpc: 13 breach #hcpc: 2 risk]
    ~ first = "kind"
    ~ serious += 1
    #comment: Jo Harper: Say it to my face, Dean. You know exactly why your kids aren't with you. Cowards hiding behind a keyboard, the lot of you.
    #reactions: 97
    You post it before you can stop yourself. Within a minute, your comment has more reactions than anything else on the page.
    Replying in kind turns a page about you into a fight with you, and gives it exactly what it wants. A public social worker insulting a parent and hinting at his case undermines trust in the profession, whatever he said first. Most targets of online abuse don't engage, and for good reason. #feedback
    -> bev_calls
* [Set the record straight, calmly, for anyone reading #hcpc: 3 risk]
    ~ first = "composer"
    Wanting to correct the record is natural, and a calm tone helps. But any reply tells the page it has reached you, and anger makes it easy to let a detail slip. Look hard at what you write. #feedback
    -> record_straight
* [Don't engage: screenshot it, dated, and report the page #hcpc: 3 upheld #hcpc: 13 upheld #hcpc: 10 upheld #phone: report]
    ~ first = "recorded"
    You take screenshots of the post and each comment, with the page's address and today's date visible, and save them in one folder. Then you report the post and the page to Hearth as harassment.
    This is what the advice says: don't engage, keep evidence that shows the address and the date, and report it to the platform. Screenshots matter because posts get deleted; a clear record helps your employer, the platform and, if it comes to it, the police. #feedback
    -> bev_calls
* [Message Dean from your own account and ask him to take it down #hcpc: 3 risk #hcpc: 1 risk]
    ~ first = "messaged"
    ~ minor += 1
    #reply: Dean, please take this down. I understand you're angry. If you want to talk, ring the office and we can arrange it.
    You send it from your own Hearth account. Ten minutes later it is on the page.
    #hate-page: Wrenford Child Snatchers
    #post: Dean Carver: LOOK she is messaging me now from her own account!!! Scared are we Jo
    #reactions: 140
    A calm message, kindly meant. But it came from your personal account to a parent you work with, which council policies say never to do, and it has given him a new post and a direct line to you. Contact about the case belongs in work channels, with your manager involved. #feedback
    -> bev_calls

= record_straight
#platform: hearth
You open a new post. Not a comment on his page: your own post, on your own profile, where people who know you will see it first. #composer: hearth
#draft: For the record: Dean Carver's children were removed by the court after months of missed visits. I did my job. I won't be bullied.
#draft: I won't discuss any family online. If anyone has a concern about Wrenford Borough Council, there is a complaints procedure.
#covers: think-first, case-talk, hate-sites
#discuss: Is there any version of this post that helps? Who will screenshot it, and where will it end up?
You look at what you have written for a long time.
* [Post it: people deserve to hear your side #phone: post]
    #publish
    {
    - post_empty:
        ~ first = "recorded"
        You post nothing in the end. The box sits empty, and you close it. Instead you take screenshots of the page, with the address and the date, and report it to Hearth.
        An empty box is the best answer here. Nothing you write will change the page, and every word becomes something to screenshot. #feedback
    - post_case_detail or post_identifies:
        ~ case_posted = true
        ~ first = "case"
        ~ serious += 3
        Within twenty minutes, your post is a screenshot on the page. Dean's name, his children, the court. #impact: 2 breach #impact: 13 risk
        #hate-page: Wrenford Child Snatchers
        #post: Dean Carver: She ADMITS it. Council worker posting about MY kids online. Is this even legal???
        #reactions: 305
        Defending yourself with details of the case is a breach of confidentiality, however it was provoked. You have confirmed the family's story to four hundred strangers and given Dean a real complaint to make. The children's privacy was not yours to trade for your reputation. #feedback
    - else:
        ~ first = "posted"
        ~ minor += 1
        You post it. It contains nothing about any family. Within an hour, it is a screenshot on the page. #impact: 3 risk #impact: 13 risk
        #hate-page: Wrenford Child Snatchers
        #post: Dean Carver: see she cant even answer. "complaints procedure" lol
        #reactions: 180
        Careful and confidential, and still not wise. A reply of any kind tells the page it has reached you, and your own post now links your name, your face and your employer for anyone who looks. The proper channel is the complaints procedure itself, not a post about it. #feedback
    }
    // What the composer found has been used; forget it so the walk converges.
    ~ post_case_detail = false
    ~ post_identifies = false
    ~ post_empty = false
    ~ post_employer = false
    -> bev_calls
* [Delete the draft #hcpc: 3 upheld #hcpc: 2 upheld]
    ~ first = "recorded"
    ~ post_case_detail = false
    ~ post_identifies = false
    ~ post_empty = false
    ~ post_employer = false
    You delete it and put the phone down. Then you pick it up again and take screenshots of the page, with the address and the date, and report it to Hearth.
    Good call. Anything you post becomes material for the page, and it is easy to let a case detail slip when you are angry. Don't engage; keep the evidence instead. #feedback
    -> bev_calls

=== bev_calls ===
#time: Tue 22:05
#platform: home
Your phone rings. Bev.
"Are you all right? Do you want me to come round? I'm ten minutes away."
{first == "kind": "And Jo, I saw your comment. I get it. But you might want to take it down."}
{first == "messaged": "And I saw he's put your message up. Don't send him anything else, love."}
She pauses. "Also. My cousin and a few of the girls from netball have seen it. They're all for going on there and telling them what they think of Dean Carver. Say the word."

#covers: hate-sites, fear, public-comments
#discuss: Why might a pile-on in your defence make things worse? What would real support from Bev look like tonight?
It would feel good to see someone on your side on that page.

* [Let Bev come round, and help you make a plan. No pile-on #open #hcpc: 3 upheld #hcpc: 13 upheld]
    ~ bev = "helped"
    "Tell them to stay off it," you say. "But yes. Please come."
    Bev arrives with biscuits. She helps you put the screenshots in order, report anything not yet reported, and write down who to tell tomorrow. She makes you laugh twice.
    Accepting support is not weakness; it is how people keep doing this job. Bev's friends staying off the page keeps it from growing, and every comment on a public page is public, whoever it defends. A second pair of eyes helps you see clearly. #feedback
* [Tell Bev to let her friends loose on the page #hcpc: 3 risk #hcpc: 13 breach]
    ~ bev = "pileon"
    ~ serious += 1
    "Do it," you say. "Let them see what everyone really thinks of him."
    #platform: hearth
    #hate-page: Wrenford Child Snatchers
    #post: Dean Carver: Her mates are on here now. Proves my point
    #comment: Bev's cousin: You're a disgrace Dean Carver. Everyone knows why your kids were taken
    By midnight the comments have doubled. Someone has found Bev's profile too.
    A pile-on on your behalf is still you engaging, through other people. Comments on a public page are public, and these ones hint at the case. The page now has more attention, more anger and more material, and Bev's name is on it. You asked for it, so it reflects on you. #feedback
* [Say you're fine, and ask her not to tell anyone at work #cautious #hcpc: 13 risk]
    ~ bev = "refused"
    ~ caution += 1
    "I'm fine, honestly. Please don't say anything at work. It's embarrassing."
    Bev goes quiet. "If you're sure."
    You sit up until two, refreshing the page. Nobody stops the pile-on, but nobody has your back either. Turning down support out of shame leaves you alone with it, asks Bev to keep a secret she shouldn't have to, and means no one is helping you gather evidence or think straight. #feedback
- -> wednesday

=== wednesday ===
#time: Wed 08:40
#platform: home
Wednesday. You slept badly. The page has nine more comments.
{first == "recorded" or bev == "helped": Hearth has replied to your report: the post is under review.}
Priya Sandhu, your team manager, is in early, as always. The office door is open. She has a supervision slot free at nine.
{bev == "refused": Bev catches your eye across the office, then looks away.}
{bev == "helped": Bev catches your eye across the office and nods at Priya's door.}
You could tell her now. You could tell her later, when it has calmed down. It might calm down on its own.

#covers: hate-sites, fear
#discuss: What stops people telling their manager about abuse like this? What does an employer's duty of care mean in practice?
Priya looks up and smiles.

* [Go in now, show her the screenshots, and tell her everything #open #hcpc: 13 upheld #hcpc: 3 upheld #hcpc: 1 upheld]
    ~ told = "today"
    You close the door and show her. {first == "messaged" or first == "kind" or first == "posted" or first == "case": You tell her what you sent last night, too. It is not easy.}
    Priya reads it all without speaking. Then she says, "Right. Thank you for telling me straight away. This isn't yours to carry on your own."
    She logs it, copies in the council's communications team and HR, and reports the page through the council's own channel.
    Mick Hollis's comment is a threat, she says, and threats go to the police: a message threatening serious harm can be an offence, and so can harassment. She helps you make the report, and asks the council's legal team whether Hearth can be made to take the page down, or an injunction sought if it carries on. She asks if you are in a union or a professional body. "Ring them today. That's what they're for."
    #support
    Priya books you extra supervision this week, and gives you the number for the council's staff support line and the UK Safer Internet Centre's helpline for professionals.
    Telling your manager the same day lets your employer meet its duty of care: support, a proper report, advice on the threat, and a record. Being honest about your own slips at the same time is what makes it possible to put them right. #feedback
* [Wait until Friday, when you have sorted it yourself #hcpc: 13 risk #hcpc: 1 risk]
    ~ told = "later"
    ~ minor += 1
    You say good morning and walk past. You will tell her once it is under control.
    But a threat was made last night, and the case is still open. Until your manager knows, nobody can assess the risk to you, plan the next contact with Dean, or ask the platform to act with the council's weight behind it. Waiting to look in control delays the help. #feedback
* [Don't tell her. Pages like this blow over, and she has enough on #cautious #hcpc: 13 risk]
    ~ told = "no"
    ~ caution += 1
    You smile back and open your emails.
    Shame keeps many people quiet, and it is exactly what a page like this feeds on. Your employer has a duty of care it can't meet if it doesn't know. You lose support, advice about the threat, and a record, and Priya may find out another way. #feedback
- -> sister

=== sister ===
#time: Wed 19:40
#platform: hearth
That evening, another notification.
#notification: Hearth: Leanne Carver sent you a friend request
#request: friend Leanne Carver
Leanne Carver. Dean's sister. She came to the first case conference and sat in the corridor afterwards.
#message: Leanne Carver: I know Dean went too far with that page. I dont agree with it. But he's in bits. Can we just talk woman to woman, not all official? Accept and I'll explain. Please
{first == "messaged": She must have found you through the message you sent Dean.}
She sounds reasonable. Maybe she could get him to take it down.

#covers: contact, no-requests, hate-sites
#discuss: What might Leanne want, and what could she see if you accepted? Where should a conversation like this happen?
You look at the request.

* [Accept. If anyone can calm Dean down, it's her #hcpc: 3 risk #hcpc: 2 risk #hcpc: 1 risk #phone: accept]
    ~ leanne = "accepted"
    ~ minor += 1
    #request-outcome: accepted
    You accept. Leanne can now see your friends, your photos, your children's birthday party.
    By midnight, one of those photos is on the page.
    Accepting a request from a family member, however reasonable she sounds, hands your private life to someone inside the dispute. It also blurs your role: anything you say to her is about the case. Friend requests from people connected to your work are a no. #feedback
* [Decline, and reply to explain you can't talk there #hcpc: 3 risk #hcpc: 1 upheld #phone: reply]
    ~ leanne = "replied"
    ~ minor += 1
    #request-outcome: declined
    #reply: Hi Leanne, I can't discuss anything on here, sorry. Please ring the office and ask for my manager, Priya Sandhu.
    She replies within a minute, and again, and again.
    Signposting her to the office is right; doing it from your personal account isn't. A reply tells her this channel works, and she now has a line to you in the evening, outside any record. #feedback
* [Decline, screenshot it, and pass it to Priya #hcpc: 3 upheld #hcpc: 13 upheld #hcpc: 1 upheld #phone: decline]
    ~ leanne = "declined"
    #request-outcome: declined
    You decline, screenshot the request and the message, and email them to Priya with a line: Leanne may want to talk to someone; could the team offer her a proper conversation?
    The boundary stays clear, and Leanne still gets a way to be heard, through the office, with a record. If she does want to help, that is where it can happen. #feedback
    {told == "no": Writing the email, you realise Priya won't know what it is about.}
- -> search_self

=== search_self ===
#time: Wed 21:15
#platform: home
Later, a question won't go away. How did they get your photo? And what else is out there? You type your own name into a search engine.
#search: Jo Harper
#search-result: Wrenford Child Snatchers on Hearth: THIS is the woman who STOLE my kids. Jo Harper, Wrenford council...
The page is the second result. Above it is your own Hearth profile, with the party photo, public to anyone. Your settings are the ones the app gave you when you joined.

#platform: guild
#profile: me
#detail: Social worker, Wrenford Borough Council
#detail: Member: Regional children's practice chat (Amara Osei)
On Guild you are in Amara Osei's regional practice chat. Thursday's session is on working with parents after removal. You had been looking forward to it.

Part of you wants to delete everything: Hearth, Lens, Guild, the lot. Disappear.

#covers: search-yourself, review-settings, profile-picture, fear
#discuss: What does a stranger learn from your name in a search engine? What would you lose by deleting everything?
It is late, and you are tired.

* [Check your settings and picture; keep Guild and the chat #open #hcpc: 3 upheld #hcpc: 5 upheld]
    ~ presence = "reviewed"
    You keep your accounts, and set aside twenty minutes to look at them the way a stranger would. Reviewing them keeps your network and the practice chat, and closes the doors that made you easy to find. #feedback
    -> settings_review
* [Close Hearth and Lens for now, but keep Guild and the practice chat #hcpc: 3 upheld #hcpc: 5 upheld]
    ~ presence = "closed"
    You close Hearth and Lens tonight. Guild stays, and so does Thursday's chat.
    After a threat, and someone asking where you live, shrinking what strangers can find is standard safety advice, not running away. It stops the page copying anything new, and keeping Guild and the chat keeps your support and your learning. Tell Priya tomorrow what you closed, so the council can ask for the copies on the page to come down. #feedback
    -> thursday
* [Delete everything, Guild and the practice chat too. Safer to vanish #cautious #hcpc: 3 upheld #hcpc: 5 risk]
    ~ presence = "vanished"
    ~ caution += 1
    You delete Hearth, then Lens, then Guild. The practice chat goes with it.
    Cutting back your personal accounts after a threat is sensible. But the page did not come from Guild or the practice chat, and deleting them cuts you off from the colleagues and learning that help you do the job, just when you need them most. #feedback
    -> thursday
* [Leave it. The page is the problem, not your settings #hcpc: 3 risk #hcpc: 1 risk]
    ~ presence = "left"
    ~ minor += 1
    You close the search and go to bed.
    The page took your photo from your public profile, and it still can. Anyone can send you a request, and search engines still link to you. You can't control the page, but you can control what it, or anyone, can find next. #feedback
    -> thursday

= settings_review
#pictures: party headshot landscape
First, the picture. It is the first thing anyone sees, whatever your settings.
#settings: hearth
Then Hearth's settings, one at a time.
* [Save, and search your name again]
    { profile_picture == "party":
        You keep the party photo. It is the image on the page, and anyone can still copy it. #impact: 3 risk
        ~ minor += 1
    - else:
        The party photo is gone. What anyone sees now is a picture you chose on purpose. #impact: 3 upheld
    }
    { hearth_search_engines or hearth_friend_requests == "everyone":
        Search engines can still link to your profile, or anyone can still send you a request. #impact: 1 risk
    - else:
        Search engines no longer link to your profile, and only friends of friends can send you requests. #impact: 1 upheld
    }
    Search-engine linking made you easy to find, and anyone could send a request. Your profile picture is public whatever you set, so changing it is what stops it being copied again.
    #search: Jo Harper
    You search your name again to see what a stranger sees now.
    #platform: guild
    You leave Guild as it is: a plain professional profile, and the practice chat.
    Reviewing your settings, choosing your picture with care and searching your own name now and again are good habits, not a retreat. You keep the useful, professional parts of your online life and close the doors that let strangers in. #feedback
    -> thursday

=== thursday ===
#time: Thu 14:10
#platform: home
Thursday afternoon. Priya calls you into her office.
{
- told == "today":
    "Hearth has taken down the post about you," she says. "The page is still up, but they are looking at it, and the police have the threat. How are you doing?"
- told == "later":
    "Jo, someone from the communications team sent me this," she says, and turns her screen. It is the page. "Why didn't I hear it from you?"
    You explain. She listens, and she logs it, and she asks about the threat. "Next time, straight away. Please. That's what I'm here for."
    #support
    She gives you the number for the staff support line, and tells you to ring your union or professional body.
- else:
    "Jo, someone from the communications team sent me this," she says, and turns her screen. It is the page. "Were you going to tell me?"
    You say nothing for a moment. Then you tell her. She is kind, but she is worried: a threat sat unreported for two days.
    #support
    She logs it, reports the threat to the police with you, and tells you to ring your union or professional body and the staff support line today.
}
{case_posted: "And your own post," she says quietly. "The one about the Carvers. The council will have to look at that."}
{bev == "pileon": "And Bev's cousin is all over that page. I've had a complaint from Dean's solicitor about a campaign of abuse against him."}
{leanne == "accepted": "And Leanne Carver is telling people she's your friend on Hearth."}

Then the thing you have been dreading. "Ellie and Tyler's looked-after review is on Monday. Clare Mottram, their independent reviewing officer, is chairing, and Dean will be there. The plan says you. How do you want to handle it?"

#covers: fear, hate-sites, contact
#discuss: Should the worker who is being abused keep the case? What would make it safe, and what do the children need?
You think of Ellie's drawing, still pinned above your desk.

* [Go, with Priya there, and keep the focus on the children #open #hcpc: 1 upheld #hcpc: 3 upheld #hcpc: 13 upheld]
    "I'll go," you say. "But I'd like you in the room. And I'd like the page dealt with by you, not me."
    Priya agrees. She will speak to Clare beforehand, so the chair knows about the page and the threat, and she will sit beside you. Clare will name the page once, calmly, and say the council is dealing with it through its own procedures. Then the meeting will be about Ellie and Tyler.
    The children need continuity, and their plan needs the worker who knows them. With the independent reviewing officer chairing, your manager beside you and the page handled through proper channels, you can do the work safely and professionally. That is calm, not defensive. #feedback
* [Ask for a risk assessment first, and to join by video if need be #hcpc: 3 upheld #hcpc: 13 upheld]
    "I want to go," you say. "But someone online asked where I live, and I'd like us to plan this properly."
    Priya agrees at once. She talks to Clare, who chairs the review, and they write a short safety plan: you will join by video for the part Dean attends, and in person for the rest. Clare will name the page once, calmly, and move on.
    A threat is a good reason to ask how a meeting will be kept safe, and asking is not giving up. Going in person with support and joining by video are both sound choices; what matters is deciding it with your manager and the chair, not alone, and that the children keep the worker who knows them. #feedback
* [Refuse to go, and give up the case #cautious #hcpc: 1 risk]
    ~ caution += 1
    ~ handover = true
    "I can't be in a room with him. Give it to someone else."
    Priya reassigns it. The new worker has never met Ellie or Tyler, and Monday's review is postponed for three weeks while she reads in.
    A safety concern after a threat is worth raising. But refusing outright skips the conversation: Priya could have risk-assessed it with you and the review's chair, and the children lose the worker who knows them while their plan waits. #feedback
* [Go alone, and tell Dean to take the page down before you start #hcpc: 3 risk #hcpc: 1 risk]
    ~ minor += 1
    "I'll go. And I'll have it out with him first."
    On Monday you start by asking Dean to take the page down. He says he doesn't know what you mean. The review is about the page for forty minutes, and about the children for ten.
    Confronting him makes the review about you. The page is a matter for your employer, the platform and, for the threat, the police. The meeting is for Ellie and Tyler. #feedback
- -> monday

=== monday ===
#time: Mon 17:30
#platform: home
A week after it started.
{
- told == "today" or first == "recorded":
    Hearth has removed the page after complaints, including yours and the council's. Someone will probably start another one. This time you know what to do.
- else:
    The page is still up. Nobody reported it for days, and it has seven hundred followers now.
}
{bev == "helped": Bev texts: "pub Friday? not talking about you-know-what."}
{presence == "reviewed": Your name searches cleaner now. The practice chat meets on Thursday; you post a question about supporting parents after removal, with no details of any family. Three people reply.}
{presence == "closed": Your personal accounts are closed for now. The search results will take a while to catch up, but nothing new can be copied. The practice chat meets on Thursday; you post a question about supporting parents after removal, with no details of any family. Three people reply.}
{presence == "vanished": The practice chat meets on Thursday without you. Amara messages Bev to ask if you are all right.}
-> outcome

=== outcome ===
{
- case_posted:
    -> referral
- serious >= 1:
    -> investigation
- minor >= 1:
    -> advice
- caution >= 2:
    -> advice
- else:
    -> no_concerns
}

=== issues ===
// Conduct the council would investigate.
{first == "kind": You insulted a parent on a public page and hinted at his case.}
{case_posted: You posted details of a family's court case to defend yourself.}
{bev == "pileon": You encouraged friends to pile on to a parent on a public page.}
->->

=== lapses ===
// Worth a conversation in supervision.
{first == "messaged": You messaged a parent you work with from your personal account.}
{first == "posted": You posted a reply to the page from your own account.}
{told == "later": You waited two days to tell your manager about a threat.}
{leanne == "accepted": You accepted a friend request from a parent's sister.}
{leanne == "replied": You replied to a parent's sister from your personal account.}
{presence == "left": You left the settings that let the page copy your photo.}
{presence == "reviewed" and profile_picture == "party": You kept the photo the page used as your public picture.}
->->

=== costs ===
// Withdrawal has a cost too.
{bev == "refused": You turned down a colleague's support and sat up alone with it.}
{told == "no": You didn't tell your manager, so nobody could support you or act on the threat.}
{presence == "vanished": You deleted your professional accounts too, and lost your practice network.}
{handover: You handed over the case, and Ellie and Tyler's review waited three weeks.}
->->

=== no_concerns ===
#platform: home
In supervision, Priya goes through the week with you. The screenshots are on file and the threat is with the police.{told == "today" or first == "recorded": The page is gone, for now.}
{
- caution == 0:
    "You did this by the book," she says. "And you let people help, which is harder."
- else:
    "You kept your head," she says. "One thing, though. Being careful is good. Being on your own with it isn't."
    -> costs ->
}
{handover: Ellie and Tyler's new worker is reading in. You hope she gets on with Dean better than you did.}
{not handover: Monday's review was about Ellie and Tyler, and it went well.}
You still flinch when Hearth buzzes. That will pass, and you have people to talk to until it does.
#support
You keep the staff support line's number in your phone, and the helpline for professionals too. #ending: no-concerns Calm, recorded, reported
-> END

=== advice ===
#platform: home
Priya books an extra half hour in supervision. She starts by asking how you are sleeping, and only then gets to the rest.
-> lapses ->
-> costs ->
{caution >= 2: "Keeping your head down felt safe," she says. "Shrinking your personal accounts was fine. But going it alone left gaps. The answer to a page like that is support and proper channels."}
{minor >= 1: "None of this was easy, and none of it is the end of the world," she says. "But a page like that feeds on any reply, and finds any gap. Let's plan for next time."}
#support
She points you to the council's guidance on online abuse of staff, and reminds you that your union or professional body and the helpline for professionals are there too. You leave with a plan, and a note of it on your supervision record.
{
- minor == 0:
    You shut the laptop. #ending: advice Safe, but on your own
- else:
    You shut the laptop. #ending: advice A word in supervision
}
-> END

=== investigation ===
#platform: home
On Wednesday, Priya asks to see you in a side room. Dean Carver's solicitor has made a formal complaint, with screenshots.
The council will look into it under its conduct procedure. You are not suspended, and you can bring a union representative. An investigating officer will interview you.
The investigation will look at what happened:
-> issues ->
-> lapses ->
Priya is clear that the council will still support you over the page itself. Being abused online and responding badly are two different things, and both are true.
#support
You ring your union that afternoon, and the staff support line that evening. #ending: investigation Under investigation
-> END

=== referral ===
#platform: home
Six weeks later, the council's investigation is finished.
-> issues ->
-> lapses ->
You were the target of a hate page, and the council accepts that. But you posted details of a family's court case online to defend yourself. Confidentiality is not something provocation excuses, and a private family court case is protected by law: posting about it can be contempt of court, and the council's lawyers are looking at whether the judge must be told. The council gives you a final written warning and refers you to the regulator, which will decide whether your fitness to practise is impaired. Most concerns are closed at triage, but if yours goes further it could take well over a year.
#support
Your union representative will go through the process with you, and the council's staff support line is still there. You sit in the car park and think about the draft you could have deleted. #ending: referral Referred to the regulator
-> END
