#title: Looking them up
#summary: A new referral, a father who may or may not have moved out, and a colleague who says "just look her up". When is an online check on a family justified, how far can it go, and what is it worth as evidence?
#minutes: 12
#order: 7
#player: Jo Harper
#employer: Wrenford Borough Council
#people: Ashleigh Dunn, Rio, Lee Farrow, Ashley Dean, Dev Kaur, Hana Brooks, Priya Sandhu
#places: Wrenford, Tallowfield, Ferris Street
#content-note: Mentions domestic abuse in a family's history, without detail.
#reflect: Think of the last time you looked up someone you work with online. Could you say why, what you looked at, and where you recorded it?
#reflect: What is the difference between looking once and keeping an eye on someone? Who in your council decides where that line is?
#reflect: If a family asked you "have you been looking at my page?", what would you want to be able to say?

// Scenario 7 of Public Profile. Fictional council, fictional people and places.
// Tallies: minor = lapses worth a word in supervision; serious = conduct the council would investigate;
// caution = over-caution that costs the child or the family. The knot "outcome" picks the ending.
VAR minor = 0
VAR serious = 0
VAR caution = 0
VAR first_look = ""
VAR access = ""
VAR found = ""
VAR asked = ""
VAR evidence = ""
VAR turned = ""
// Jo's own accounts, as a stranger would find them.
VAR hearth_future_posts = "friends"
VAR hearth_search_engines = true
VAR hearth_friend_requests = "everyone"
VAR lens_private = false
VAR profile_picture = "dog"

-> referral_in

=== referral_in ===
#time: Mon 09:20
#platform: home
Monday. A new referral is waiting for you when you log in.

You are Jo Harper, a social worker in the children's assessment team at Wrenford Borough Council. The referral is from a health visitor. Ashleigh Dunn, who is twenty-two, lives in a flat on Ferris Street in Tallowfield with her son Rio, who is four months old.

Rio's father, Lee Farrow, has a police record for assaulting a previous partner. Ashleigh told the health visitor in October that Lee had moved out and she had ended it. Last week a neighbour told the health visitor she still hears a man's voice at the flat late at night.

The question for your assessment is a simple one to write and a hard one to answer: is Lee still living there, or visiting, and is Rio safe?

You read the referral twice. The health visitor is careful and experienced; she writes that Ashleigh is a loving, anxious mother, that Rio is thriving, and that she does not know what to make of the neighbour. Neither do you. Neighbours are sometimes right, sometimes wrong, and sometimes in a long-running row about bins.

You ring the health visitor, who is between clinics and eating a sandwich. She tells you Ashleigh has never missed an appointment, that Rio is feeding well and gaining, and that Ashleigh went very quiet when Lee's name came up. "Frightened quiet," she says, "not hiding quiet. But I've been wrong before."

Police checks are requested, and will take a few days. A visit is booked. The rest is the ordinary work of an assessment: talking to Ashleigh, to the health visitor, to the GP, and listening.

Dev Kaur leans over the pod divider with his coffee.
"Look her up," he says. "Takes two minutes. Half the time they've posted the answer themselves."

"He's not wrong," says Sian, from the next desk. "My last team had a whole policy on it, though. Forms and everything. I never knew if anyone read them."

You have a visit booked for tomorrow afternoon. You will be on your own.

#covers: think-first, fear, audience-limits
#discuss: Is it fair to look a family up before you have met them? What would make it justified, and what would make it snooping?
You look at Ashleigh's name on the screen.

+ [Look her up on your own phone over lunch #hcpc: 2 risk #hcpc: 3 risk]
    ~ first_look = "personal"
    ~ minor = MIN(minor + 1, 2)
    At lunch, at your desk, you search her name on your own Hearth and Lens. Her Lens has a story up: Rio in a bouncer. You tap it.
    Lens tells Ashleigh who has watched her story. Your name, your face and your dog are now on her list of viewers, the day before you meet. A check for work belongs on a work account and a work device, where it is part of the record and does not tie your private life to the family's. #feedback
+ [Agree it with Priya, look once on the work account, record it #open #hcpc: 1 upheld #hcpc: 13 upheld #hcpc: 10 upheld]
    ~ first_look = "agreed"
    You ask Priya. She agrees a single look is justified: there is a specific safety question, for Rio and for you on a lone visit, and public posts may help answer it. You will use the council's social media account for checks, on your work laptop, this afternoon.
    Social Work England's guidance warns that searching online about people you support, without their consent, could breach their privacy, and that where a search is justified you should record what you did and why. You have a purpose, a proportionate plan, your manager's agreement and a record. #feedback
+ [Ask Ashleigh at tomorrow's visit if she minds you looking at her page #hcpc: 1 upheld #hcpc: 13 upheld]
    ~ first_look = "ask"
    You decide to ask her first. It feels more honest.
    It is honest, and many families respect being asked. The risk is timing: there is a specific question about a man with a history of violence, and you go into a lone visit without having looked at what anyone in the world could see. Asking and a proportionate check beforehand are not opposites. #feedback
+ [Don't look. Meet her first, with an open mind #cautious #hcpc: 13 upheld #hcpc: 1 risk]
    ~ first_look = "none"
    ~ caution = MIN(caution + 1, 2)
    You tell Dev you'd rather meet her first. He shrugs.
    Meeting people before you judge them is a good instinct, and often enough. But this referral turns on one specific, safety-related question, and you chose not to look at information that is public and might answer it, or tell you something about your own safety on the visit. Caution is not the same as care. #feedback
- -> the_check

=== the_check ===
#time: Mon 14:05
#platform: hearth
{first_look == "personal": After lunch, Priya asks whether anyone has looked at the family's public accounts. You tell her about your phone. She winces, agrees a single proper check, and you log in to the council's account on your work laptop.}
{first_look == "agreed": You begin.}
{first_look == "ask" or first_look == "none": In the afternoon Priya asks whether anyone has looked at the family's public accounts, given the question about Lee. You agree a single check with her, and log in to the council's account.}

Before you start, you write three lines in the case record: the question you are trying to answer, which accounts you mean to look at, and why.

#profile: Ashleigh Dunn
#detail: Profile photo: Ashleigh holding Rio
#detail: Posts: friends only
Ashleigh's Hearth profile shows her picture, holding Rio, and nothing else. Her posts are for friends only.

#platform: shout
#profile: Lee Farrow
#detail: Public account
#detail: Bio: Wrenford born and bred. Vans, football, family
Lee's Shout account is public. His posts are about football, his van and, mostly, other people's driving. There are hundreds of them, going back years. Somewhere in there may be the answer to your question. Somewhere in there, certainly, are his friends, his family, his opinions, and a great deal that has nothing to do with Rio.

It is a strange feeling, reading a stranger's life on a Monday afternoon with a cup of tea. You remind yourself what you are looking for, and why.

Dev wanders over again and reads over your shoulder.
"Her page is locked, then," he says. "What I did once, on a missing kid, was make a profile. Different name, a photo of some beach. Send a request. They always accept."

#covers: private-accounts, audience-limits, think-first
#discuss: Ashleigh has locked her page. What does that tell you, and what doesn't it? What would a fake profile do to the work, and to her?
You look at the locked page.

+ [Make a second profile under another name, just to see her posts #hcpc: 13 breach #hcpc: 3 breach]
    ~ access = "fake"
    ~ serious = MIN(serious + 2, 3)
    You set it up in ten minutes: a first name, a beach, a few liked pages. You send Ashleigh a request. She accepts it on Tuesday morning.
    A false identity to get behind someone's privacy settings is deception, and the most intrusive kind of covert activity. Council policies built on the Home Office's code forbid it without the specific authorisation the law requires, which an assessment like this could not get. If it comes out, and these things do, it can poison the work with Ashleigh and any court case that follows. #feedback
+ [Keep to what is public, and note that her page is private #hcpc: 13 upheld #hcpc: 2 upheld]
    ~ access = "public"
    You look at what anyone could see and no further. You note that Ashleigh's posts are private and that you did not try to see them.
    Proportionate and defensible. A locked page tells you only that Ashleigh uses her settings, which is what everyone is told to do. It is not evidence of anything. #feedback
+ [Ask Ashleigh tomorrow whether she'll show you her page herself #hcpc: 13 upheld #hcpc: 1 upheld]
    ~ access = "ask"
    You make a note to ask Ashleigh at the visit whether she'd be willing to show you her page, and to explain why.
    Open and respectful: she decides, and you explain what you are looking for. Some parents say yes, and it can build trust; if she says no, that is her right, and you don't read anything into it. #feedback
+ [Close the laptop: even public posts feel like snooping #cautious #hcpc: 3 upheld #hcpc: 1 risk]
    ~ access = "stopped"
    ~ caution = MIN(caution + 1, 2)
    You close the laptop without looking at Lee's posts.
    You had a purpose, your manager's agreement and a public page in front of you. Stopping now means Rio's assessment goes ahead without information anyone in Wrenford could read, and the question about Lee stays open for longer. A proportionate check is not snooping. #feedback
- -> the_post

=== the_post ===
#time: Mon 14:30
#platform: shout
{access == "stopped":
    On Tuesday morning, Priya asks whether you looked at Lee's page. When you say no, she sits beside you and you look at it together.
- else:
    You scroll back through Lee's public posts.
}
#post: Lee Farrow: Home sweet home. Back where I belong with my boy
#reactions: 31
#comment: Ash D: love u x
You almost miss it. It is between a post about a referee and a post about the price of diesel.

A post from Saturday. A photo of a pram in a hallway, a baby's blanket over the handle. "Home sweet home. Back where I belong with my boy." Thirty-one reactions. One comment, from an account called "Ash D": "love u x".

Your stomach drops. You think of Rio in his bouncer, of a man with a record for hurting a partner, of the neighbour's voice in the night.

Then you make yourself look again. The hallway could be anywhere: magnolia walls, a radiator, a coat hook. Half the hallways in Wrenford look like that, including yours. You have never been inside Ashleigh's flat. "Ash D" could be Ashleigh. Or not.

#covers: public-comments, audience-limits, think-first
#discuss: What does this post show, and what doesn't it? What would you write in the record, and how would you make sure you could stand behind it?
You sit back.

+ [Save it with date and link, and note what it doesn't show #open #hcpc: 10 upheld #hcpc: 1 upheld #hcpc: 13 upheld]
    ~ found = "recorded"
    You save the screenshot with the date, time and web address, and write a careful note: a public post by an account in Lee's name, a pram in a hallway that you cannot identify, and a comment from an account called "Ash D" that you cannot confirm is Ashleigh. You flag it to Priya.
    Fair, accurate and useful. Online material can be wrong, old, staged or someone else's; a record that says exactly what you saw, when and where, and what you don't yet know, can be relied on later, by you, by Ashleigh and by a court. #feedback
+ [Keep an eye on his page every evening this week #hcpc: 13 risk #hcpc: 1 risk]
    ~ found = "watching"
    ~ minor = MIN(minor + 1, 2)
    You bookmark his page. You check it at nine on Monday night, and again on Tuesday.
    Looking once is a check. Looking every evening is monitoring. Planned, covert monitoring of a person for an investigation can be directed surveillance under the Regulation of Investigatory Powers Act 2000, and a council can only authorise that to investigate a serious crime, with a magistrate's approval. An assessment like this is not that. Ask before you watch, not after. #feedback
+ [Record that Lee appears to be back at the flat, and tell Priya #hcpc: 10 risk #hcpc: 13 risk #hcpc: 1 upheld]
    ~ found = "assumed"
    ~ minor = MIN(minor + 1, 2)
    You write: "Social media indicates Mr Farrow has returned to the family home." Priya reads it and raises an eyebrow.
    Telling Priya was right: this may be a risk to a baby. But the note says more than the post does. A hallway you have never seen and a comment you cannot attribute do not show where Lee lives. Once it is in the record it will be read, and repeated, as a fact. #feedback
+ [Leave it out. You can't even be sure it's his post #cautious #hcpc: 10 upheld #hcpc: 1 risk]
    ~ found = "ignored"
    ~ caution = MIN(caution + 1, 2)
    You close the tab and record nothing.
    Uncertainty is a reason to record carefully, not a reason not to record at all. A post that may bear on a baby's safety, from a man with a history of violence, is exactly what your manager needs to know about, with all its doubts attached. #feedback
- -> visit

=== visit ===
#time: Tue 14:00
#platform: home
Tuesday afternoon. Ferris Street is a terrace of converted houses near the ring road, with a corner shop, a bookie's and a surprising number of window boxes. Ashleigh's flat is the top floor of number 40. You text her from the pavement, as you agreed, so that she isn't surprised by the bell.

You tell your team where you are, and when you expect to be back: the lone working routine, the same for every visit. It feels more important today than usual.

The flat is small, warm and very tidy. Ashleigh has cleared a space on the sofa for you and put the kettle on before you are through the door. Rio is asleep in a bouncer. Ashleigh sits on the arm of the sofa, as if she might need to stand up quickly.

{access == "fake": On the table, her phone lights up with a Hearth notification, and you recognise the beach photo. It is your second profile, accepted that morning.}

She has a list of questions written on the back of an envelope: how long this will take, who will read what you write, whether she can see it, whether Rio will be "put on a register". You answer each one as plainly as you can. She ticks them off.

You talk about Rio's feeds, his sleep, the health visitor. Ashleigh relaxes, a little.
{access == "ask": Before long you explain that the referral raised a question about Lee, and ask whether she'd be willing to show you her Hearth page. "Not today," she says. "It's just my mates." You say that's fine, and mean it.}

You ask about her week, and about her own family. Her mum is in Wrenford, ten minutes away, and comes most days. Her brother is "around". She goes to the baby group at the library on Thursdays and hates it, and goes anyway, because Rio likes the songs.

Rio wakes and Ashleigh feeds him while you talk, expertly, without looking. She knows the health visitor's name and the date of his next jabs. The flat has one bedroom; the cot is beside her bed. There is a man's jacket on the back of the door, and you notice yourself noticing it.

Then she says, "Can I ask you something? My mate says you lot go on people's Facebooks. Make fake ones and that. Have you been looking at my stuff?"

#covers: think-first, fear
#discuss: What does Ashleigh deserve to hear? What do you risk by telling her, and by not telling her?
Rio has fallen asleep on her shoulder. The room is very quiet. You are aware of the jacket on the door, of your notebook on your knee, of the fact that whatever you say next will be remembered, by her, for a long time.

She is watching your face.

+ [Tell her what you looked at, and why #open #hcpc: 13 upheld #hcpc: 1 upheld #hcpc: 7 upheld]
    ~ asked = "honest"
    {
    - access == "fake":
        You take a breath and tell her the truth, all of it, including the request. She goes white, then red. "You're joking." It takes a long time. When she can talk about it, she tells you about the post.
    - else:
        You tell her: because of what the referral said about Lee, you looked at what's public, his Shout and her profile picture, from the council's account, and you wrote down that you had. You didn't try to see anything private. Then you ask her about the post.
    }
    {found == "watching": You tell her, too, that you have been checking Lee's page in the evenings, and hear, as you say it, how that sounds.}
    {first_look == "personal": You tell her, too, that you watched her Lens story from your own account on Monday, and that you shouldn't have. "I know," she says. "I saw. Nice dog."}
    Ashleigh laughs, without any fun in it. "That's not my hallway. That's Ashley Dean's. 'Ash D'. His new girlfriend. She's got a baby, a boy, bit older than Rio. He moved in with her in October." She shows you Ashley Dean's public profile on her own phone: the same hallway, the same pram. "'My boy'. He means hers. He's not seen Rio since he left. He does it to wind me up."
    And the man the neighbour hears at night? "My brother. Jay. He's on the sofa till the housing sorts him a flat. Ring them if you want." You will, with her agreement, and you write down the housing officer's name.
    Honesty kept the conversation open, and the conversation gave you what the post could not: a different meaning, and a new concern, for another child. Families who know what you looked at, and why, are more likely to tell you what it means. #feedback
+ [Say you can't discuss how the council gathers information #hcpc: 13 risk #hcpc: 7 risk]
    ~ asked = "deflected"
    ~ minor = MIN(minor + 1, 2)
    "I'm afraid I can't go into how we gather information," you say. Ashleigh folds her arms. "So that's a yes."
    It sounds professional, but it answers the question anyway, and badly. Ashleigh now imagines much more than you did. The rest of the visit is short, and she tells you nothing you didn't already know. Honesty about an open, proportionate check costs little. #feedback
+ [Say no. It would only put her on the defensive #hcpc: 13 breach #hcpc: 7 risk]
    ~ asked = "denied"
    ~ serious = MIN(serious + 1, 3)
    "No," you say. "We don't do that." She looks at you for a long second. "OK."
    Your record says otherwise, and so, perhaps, does her phone. A social worker who lies to a parent about what they did loses far more than a difficult moment: if it comes out in a meeting or in court, it undoes everything else you say. #feedback
+ [Ask her about Lee, without mentioning the post #hcpc: 13 risk #hcpc: 1 upheld]
    ~ asked = "sidestep"
    ~ minor = MIN(minor + 1, 2)
    "Is Lee still around?" you ask. "No," Ashleigh says, quickly. "He's got someone else." She doesn't say more, and you don't press.
    You asked the question that matters for Rio, which counts for something. But she asked you a straight question and got a different one back. She noticed. The post, and what it really meant, stays in your notes, unexplained. #feedback
- -> legal

=== legal ===
#time: Wed 11:00
#platform: home
Wednesday. Priya has booked a half-hour with Hana Brooks, from the council's legal services, to talk about whether the case needs a formal pre-proceedings meeting.
{
- asked == "honest":
    You tell them what Ashleigh explained. Priya makes a note to pass on the concern about Ashley Dean's son, who now lives with a man with a history of violence, to the right team today.
- asked == "denied" or asked == "deflected":
    The post is still unexplained. Hana asks what Ashleigh said about it. You don't have an answer.
- else:
    Hana asks what Ashleigh made of the post. You have to admit you didn't ask her.
}
{found == "ignored": The health visitor has seen Lee's post too, and sent it to Priya. Priya asks why it isn't in your notes.}
{access == "fake": Hana asks how you saw Ashleigh's friends-only posts. You tell her. She stops writing.}

Hana is younger than you expected, quick, and kind in a brisk way. She has read the referral and your notes before the meeting, which you have learned not to take for granted.

"If this goes to court," Hana says, "anything from social media will be read closely, by the parents' lawyers as well as by us. How it was gathered matters as much as what it says."

Priya puts Lee's post up on the screen. Hana reads it twice, and then reads your notes again.

Dev, in the meeting to cover the duty rota, has an idea. "I could keep an eye on Lee's page for you until the conference. Daily. I'll screenshot anything good."

#covers: think-first, case-talk, fear
#discuss: What makes online material fair to use as evidence? Who should see it before a meeting or a court does?
You think about Rio, about Ashleigh's envelope of questions, about the hallway that turned out to belong to someone else. It would be easy to use more of this, and easy to use none of it. Neither feels quite right.

Priya says nothing. She has a way of waiting in meetings that makes people think harder.

Hana and Priya look at you. It's your assessment.

+ [Use it with Ashleigh's account beside it, shown to her first #open #hcpc: 10 upheld #hcpc: 13 upheld #hcpc: 1 upheld]
    ~ evidence = "fair"
    You explain to Dev why not, and agree with Hana that the screenshot goes in with your note of what it does and doesn't show, and Ashleigh's explanation alongside it. You will go through it with Ashleigh before anyone else reads it.
    Fair evidence shows its working: what it is, where it came from, when, and what the family says about it. Ashleigh sees it first, so nothing about her is decided in a room she doesn't know about. And it stays a single, recorded look, not a watch. #feedback
+ [Take Dev up on it: a daily check, with screenshots, until the conference #hcpc: 13 risk #hcpc: 1 risk #hcpc: 2 risk]
    ~ evidence = "watch"
    ~ minor = MIN(minor + 1, 2)
    Dev sets a reminder. Hana frowns, and says she'll need to check the council's policy on that before anything he finds is used.
    A daily watch on one person is no longer a check: it is monitoring, planned and covert, the kind of activity surveillance law exists to control, and that a council cannot authorise under it for an assessment. It also gathers other people's lives along the way: everyone who comments. Ask legal first; Hana was about to say so. #feedback
+ [Leave social media out of the assessment altogether #cautious #hcpc: 2 upheld #hcpc: 10 risk]
    ~ evidence = "dropped"
    ~ caution = MIN(caution + 1, 2)
    You say you'd rather not use any of it. Hana shrugs. "Your call. But if it's relevant, the other side may well bring it up."
    Leaving out material you gathered fairly, and that bears on the question, makes the assessment weaker, not safer. If it surfaces later, it looks as if you hid it, and Ashleigh loses the chance to have her account set beside it. #feedback
+ [Put the screenshot in as it stands: it speaks for itself #hcpc: 10 breach #hcpc: 13 risk #hcpc: 1 risk]
    ~ evidence = "bare"
    ~ minor = MIN(minor + 1, 2)
    The screenshot goes into the assessment with your caption: "Mr Farrow indicates he has returned to the home."
    It doesn't speak for itself: it speaks for Lee, who may be telling the world something untrue for his own reasons. An image without its context or the family's account is how a wrong story ends up in a conference, and then in a court bundle, under your name. #feedback
- -> turned_round

=== turned_round ===
#time: Thu 19:40
#platform: home
Thursday evening. The week has been long. The assessment is taking shape, the police checks are due tomorrow, and you have spent the afternoon writing up the visit, slowly, trying to get Ashleigh's words down as she said them.

At half seven, on the sofa, you get a text on your work mobile from Ashleigh, about Rio's appointment on Monday. At the end she has added:

#message: Ashleigh Dunn: is monday still 10? ps my mate found your lens. nice dog. fairs fair i suppose
"ps my mate found your lens. nice dog. fairs fair i suppose"

You read it three times, trying to hear the tone. Cheeky, you decide. Maybe a bit pointed. It is not a threat, and not even unfriendly. It is, if you are honest, exactly what you did to her on Monday, with less paperwork.

Then you do what you should have done a while ago, and search your own name.
#search: Jo Harper
#search-result: Wrenford parkrun: results for Saturday (Jo Harper, 31:02)
The first result is your Lens, and it is public. You had forgotten. You set it up for the dog, really: a few friends, your sister, a walking group. It has three hundred followers now, most of whom you have never met.

The dog, the park, your garden, the back of your house with its blue door. The parkrun results, every Saturday. Nothing terrible. Nothing you would choose to show a family, either.

#covers: search-yourself, review-settings, private-accounts
#discuss: Is Ashleigh looking you up the same as you looking her up? What would you change, and what would you say to her?
The blue door is the one you painted in the summer, badly. The parkrun results give your name, your time and the park, every Saturday at nine. None of it is a secret, exactly. All of it together tells a stranger where to find you on a Saturday morning, and what your house looks like when they get there.

You think about Ashleigh sitting on the arm of her sofa.

+ [Lock your accounts down, and tell Priya #open #hcpc: 3 upheld #hcpc: 13 upheld #hcpc: 1 upheld]
    ~ turned = "settings"
    ~ lens_private = true
    ~ hearth_search_engines = false
    ~ hearth_friend_requests = "friends-of-friends"
    #platform: lens
    You set Lens to private, turn off search engines on Hearth and limit who can send you requests. In the morning you tell Priya about the text, and reply to Ashleigh about Monday, with a line to say you'd keep things to the work number.
    Ashleigh did what you did: looked at what was public. Checking what a family can find, tightening it, and telling your manager is good practice, not a panic. Nothing in her text was a threat. #feedback
+ [Reply that it isn't appropriate for her to look you up #hcpc: 7 risk #hcpc: 13 risk]
    ~ turned = "scolded"
    ~ minor = MIN(minor + 1, 2)
    #reply: Hi Ashleigh, Monday at 10 is fine. Please don't look at my personal accounts, that isn't appropriate.
    You send it. She doesn't reply.
    After this week, it lands as one rule for you and another for her. Your settings are yours to manage; a family looking at what you have made public is not misconduct. A plain answer about Monday would have kept the relationship where it was. #feedback
+ [Block her on Hearth and Lens, and tell Priya in the morning #hcpc: 3 upheld #hcpc: 13 upheld]
    ~ turned = "blocked"
    You block Ashleigh's name on Hearth and Lens. In the morning you tell Priya about the text, and answer Ashleigh about Monday from the work phone. Your accounts stay public.
    Blocking is your call, and a reasonable one; so is telling your manager. But a block stops only Ashleigh, and only under her own name, from seeing a public account. Her mate, and anyone else, can still see the blue door. Settings protect you from everyone at once. #feedback
+ [Answer her about Monday and leave it. Fair's fair #hcpc: 13 upheld #hcpc: 3 risk]
    ~ turned = "left"
    ~ minor = MIN(minor + 1, 2)
    #reply: Hi Ashleigh, Monday at 10 is fine. See you then
    You reply about Monday and nothing else.
    There's some grace in not making a thing of it. But your house, your Saturdays and your habits are still public, to Ashleigh's mate and to anyone else who looks, including people you work with in harder circumstances than Ashleigh's. Checking your settings is not paranoia; it is the same care you took over hers. #feedback
- -> friday

=== friday ===
#time: Fri 10:15
#platform: home
Friday morning. The police checks come back.

They show Lee Farrow's current address as a flat on the other side of Wrenford, registered since October, the same address as Ashley Dean. There have been no call-outs to Ferris Street since Ashleigh asked him to leave. The housing officer confirms, with Ashleigh's agreement, that her brother Jay has been sleeping on her sofa since the end of October and is on the list for a flat of his own.
{asked == "honest": None of it is a surprise. Ashleigh told you all of it on Tuesday, and the checks simply confirm it.}
{asked != "honest": Most of it is news to you. The post you worried over on Monday meant something quite different from what it seemed to say.}

Priya reads the checks over your shoulder. "So," she says. "What did the internet tell us?" You think about it. It told you a man wanted people to think something. It did not tell you whether it was true.

It is the ordinary lesson of the week, and you write it in your own notes so that you remember it: what you find online is one source, not an answer. It can be out of date, staged, someone else's, or written to wind someone up. It means something only when it sits beside what the family says and what other agencies know.

At lunchtime you find Dev in the kitchen and tell him how it came out. He listens properly, for once. "The pram," he says. "I'd have sworn that was her flat." So would you, on Monday.

Rio, meanwhile, has gained four ounces. The health visitor rings to say so, and to ask how the visit went. You tell her what you can, and she tells you that Ashleigh has asked her, twice, whether the social worker "seemed all right". You take that as a kind of compliment.

You write up the week before you go home: what you looked at, when, why, what it seemed to show, what it turned out to mean. It takes twenty minutes. It would take a stranger two to follow it.
-> outcome

=== outcome ===
{
- serious >= 3:
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
{access == "fake": You used a false profile to see a parent's private posts.}
{asked == "denied": You told a parent you had not looked at her accounts when you had.}
->->

=== lapses ===
// Worth a conversation in supervision.
{evidence == "bare": You put a social media post into an assessment as proof of something it didn't show.}
{first_look == "personal": You looked a family up from your personal account, and she saw your name.}
{found == "watching": You checked a man's page every evening without anyone agreeing to it.}
{found == "assumed": You recorded a post as showing more than it did.}
{asked == "deflected": You avoided a parent's direct question about what you had looked at.}
{asked == "sidestep": You didn't answer a parent's direct question, or ask about the post.}
{evidence == "watch": You agreed to a colleague watching a man's page daily.}
{turned == "scolded": You told a parent off for looking at what you had made public.}
{turned == "left": Your home and your Saturdays are still public.}
->->

=== costs ===
// Over-caution has a cost too.
{first_look == "none": You went into a lone visit without a check that was justified.}
{access == "stopped": You stopped a justified check halfway.}
{found == "ignored": You recorded nothing about a post that might bear on a baby's safety.}
{evidence == "dropped": Relevant material, fairly gathered, was left out of the assessment.}
->->

=== no_concerns ===
#platform: home
Priya reads your assessment on Friday afternoon, with a pen in her hand, which is a good sign: she only uses the pen for things she wants to keep.
{asked == "honest": The concern about Ashley Dean's baby has gone to the right team, because you asked Ashleigh what the post meant.}
"That's how to do it," she says, and puts the pen down. "A reason, a single look, a note, and the family told. Hana says it's the cleanest social media evidence she's seen this year."
{turned == "blocked": "One thing," she adds. "Thanks for telling me about the text. Have a look at your settings too; blocking one name doesn't do much."}
The assessment recommends support for Ashleigh, not child protection: a place at the family centre, help with housing for her brother, and a named contact if Lee turns up. Every piece of online material in the file says what it is, where it came from, when it was seen, why, and what the family said about it.
Rio's case goes to a child in need plan, with Ashleigh's agreement.
{turned == "settings": Your Lens is as private as Ashleigh's Hearth now. It seems only fair.}
You go home. #ending: no-concerns A reason, a look, a record
-> END

=== advice ===
#platform: home
In supervision, on Friday afternoon, Priya goes through the week with you, one day at a time. She has a copy of your notes and has read them properly.
-> lapses ->
-> costs ->
{evidence == "bare": Hana has already had to take the screenshot's caption out of the assessment, after the police checks showed where Lee lives. The assessment goes to Ashleigh with a correction.}
{caution >= 2: "You were so worried about snooping that you didn't look at what was in front of you," she says. "A check with a reason and a record is part of the job. So is asking the family what it means."}
{minor >= 1: "The instincts are right," she says. "It's the method. Let's go through the council's guidance on online checks together, and who signs off what."}
{minor == 0: She asks you to talk the team through how you recorded the check. "Dev especially."}
She goes through the council's guidance with you, page by page: the reason, the single look, the work account, the record, what needs her sign-off and what needs legal's. It is shorter than you expected. Most of it is common sense, written down.
"Online checks are part of the job now," she says. "They're not going away, and they shouldn't. A public post can keep a child safe. But it's the same rules as everything else: a reason, the least you need, done openly, written down, and the family told. If you'd do it in a way you couldn't explain to Ashleigh's face, don't do it."
She notes a plan on your supervision record. "Next time you're not sure," she says, "ask me first. Before, not after. That's what I'm here for."
{
- minor == 0:
    You shut the laptop. #ending: advice Careful, not curious enough
- else:
    You shut the laptop. #ending: advice A word about method
}
-> END

=== investigation ===
#platform: home
On Monday, Priya asks to see you in a side room, with someone from HR. She tells you before you sit down that this is not the end of the world, and that she will be there for every part of it.
{
- access == "fake":
    Ashleigh worked out whose the profile was, and has made a formal complaint. Her solicitor has written to the council asking how many other families have been befriended.
- else:
    Ashleigh's solicitor has seen the case record, which shows the check you told her you hadn't made, and has made a complaint.
}
The council will look into it under its conduct procedure. You are not suspended, and you can bring a union representative. Hana has had to advise that the social media material may not be usable if the case goes further.
Priya reminds you that supervision is still yours, and the employee support line is there. #support
The investigation will look at:
-> issues ->
-> lapses ->
The investigation takes a month. You are interviewed twice, with your union representative beside you. Dev is interviewed too, about what he told you, and about the missing child case he mentioned. The council reissues its guidance on online checks to every team, with a one-page form.
Ashleigh, through her solicitor, asks for a different social worker. It is agreed. You understand why.
You think about Dev, leaning over the divider with his coffee, and how easy it all sounded. #ending: investigation Under investigation
-> END

=== referral ===
#platform: home
The investigation takes five weeks. You are interviewed twice. Your union representative, a calm woman called Maureen, sits beside you both times and asks for a break when you need one. Hana has had to advise that some of the social media material was gathered in a way the council cannot defend, and must not be relied on.

The investigation found a pattern, not a one-off:
-> issues ->
-> lapses ->
You have been given a final written warning, and the council has referred you to Social Work England, which will first decide whether the concern needs investigating at all.
Ashleigh has a new social worker. Rio's assessment has had to start again.
You do not have to go through this alone: your union, your manager and the council's employee support line can all help. #support
You sit in the car park and delete the profile with the beach photo. It takes ten seconds. #ending: referral The wrong kind of looking
-> END
