#title: Think before you post
#summary: After a hard day in court you open the composer and start typing. Later a colleague's post worries you, and a friend's party photo is asking for a comment. What can you say online about your working life, where, and to whom?
#minutes: 12
#order: 3
#player: Jo Harper
#employer: Wrenford Borough Council
#people: Kerry Lockwood, Nadia Karim, Tamsin Hale, Priya Sandhu, Jess Halloran, Amira Shah, Dom Reilly, Marco Lund
#places: Wrenford, Stannerby, Marlwick estate
#content-note: Mentions child protection proceedings: a care hearing for a fictional family, without detail.
#content-note: A case study describes a social worker being threatened online after press coverage.
#reflect: Think of the last thing you posted about your working day. Who could have read it, and what could they have worked out?
#reflect: "Friends only" felt safe to the social worker in the case study. What would you check, and how often, so that it really is?
#reflect: When a colleague posts something risky, what helps them more: silence, a report, or a quiet word? What would you want a colleague to do for you?

// Scenario 3 of Public Profile. Fictional council, fictional people. The case study in "training" is a
// fictionalised version of a 2013-14 fitness-to-practise case (names and places invented).
// Tallies: minor = lapses worth a word in supervision; caution = over-caution and withdrawal.
// posted = what Jo's Tuesday-night post became: "none", "clean", "private", "narrow" (case detail, friends
// only), "public" (case detail anyone can see), "vent" (venting, friends only), "rant" (venting, public).
// The knot "outcome" picks the ending.
VAR minor = 0
VAR caution = 0
VAR pinned = false
VAR posted = "none"
VAR owned = false
VAR deleted = false
VAR team = ""
VAR bev = ""
VAR serious = false
// What the composer's checker found (written by the phone when Jo takes a choice with the composer open).
VAR post_serious = false
VAR post_identifies = false
VAR post_case_detail = false
VAR post_derogatory = false
VAR post_empty = true
VAR post_audience = "friends"
// Jo's Hearth settings as she has always had them.
VAR hearth_future_posts = "friends"
VAR hearth_limit_old_posts = false
VAR hearth_search_engines = true
VAR hearth_friend_requests = "everyone"
VAR hearth_tag_review = false

-> morning

=== morning ===
#time: Tue 07:40
#platform: lock
Tuesday. You have been awake since five, going over your statement in your head.

You are Jo Harper, a social worker in the family support team at Wrenford Borough Council. Today is the final hearing in a care case you have carried for eleven months: Kerry Lockwood and her three children.

It has been a long road. You have argued for Kerry as often as you have worried about her, and today the court decides where the children will live.

#platform: hearth
You open Hearth while the kettle boils. Your friends are posting school-run selfies and pictures of their breakfast.
There is a box at the top of the screen: What's on your mind, Jo?
You could just say it. Everyone posts about big days.

#covers: think-first, case-talk
#discuss: What does "Court day, wish me luck" tell a stranger? What does it tell the family, or someone who knows them?
The cursor blinks in the box.

+ [Post "Court day. Wish me luck!" and pin the family court on the map #hcpc: 2 risk #hcpc: 13 risk]
    ~ pinned = true
    ~ minor = 1
    #post: Jo Harper: Court day. Wish me luck!
    #checked-in: Wrenford Family Court
    #reactions: 6
    You post it. Six friends react before you have found your car keys.
    A court, a date and a social worker's name are three pieces of a jigsaw. Anyone who knows there is a hearing today, including the family and their friends, can now put your name to it. A map pin does half their work for them. #feedback
+ [Post "Big day today. Wish me luck!" and nothing more #hcpc: 3 upheld]
    #post: Jo Harper: Big day today. Wish me luck!
    #reactions: 5
    You post it and head for the car.
    That works. Friends can wish you luck without knowing where you are or why. A post about your day that gives away nothing about anyone else's is an ordinary part of having a life. #feedback
+ [Close the app. Today is not one for posting #hcpc: 3 upheld]
    You put the phone in your bag.
    Also fine. Not every feeling needs a post, and on a day like this you have your mind on the family. Neither choice is the wrong one. What matters is what a post would give away. #feedback
- -> hearing

=== hearing ===
#time: Tue 10:00
#platform: home
#content-note: A care hearing for a fictional family. No details of harm, but it may be hard to read if you have been through proceedings.
The court is quiet and too warm. You have a choice about how much of today you want to see.

+ [Go into the hearing with Jo]
    The hearing takes most of the day. Kerry sits with her solicitor, very still. She has worked hard since she left her partner, and you say so in your evidence. You also say what the children need, which is more than she can give them yet.
    The judge agrees with the plan. The children will stay with their grandmother, with regular time with their mum.
    Outside, Kerry thanks you for being straight with her. Then she cries in the car park, and you stand with her until her sister arrives.
+ [Skip the hearing: give me the gist]
    The gist: the hearing takes all day. The court agrees the plan you recommended. The children will live with their grandmother and see their mum often. It is the right outcome and it is still a loss for Kerry, who thanks you, and then cries in the car park.
- You drive home with the radio off.
-> evening

=== evening ===
#time: Tue 18:40
#platform: hearth
Home. Shoes off. A cold cup of tea you made an hour ago.
You are wrung out, proud, sad and wide awake, all at once. You want to say something, to someone.
You open Hearth. The composer offers you a few starting points, and your camera roll has the photo from this morning.
#covers: think-first, case-talk, audience-limits
#discuss: What makes a post about your working day safe? Who is the audience you can't see?
#composer: hearth
#draft: Proud of my team. Social work is hard, and it matters. Off for a long bath.
#draft: Huge day at the family court. After everything those kids have been through, a new start for them today. Exhausting, but worth it.
#draft: Some parents shouldn't be allowed to have kids. Shattered. Wine o'clock.
#photo: steps Your coffee on the court steps this morning (shows: the court's name above the door, a case file under your arm)
#check-in: Wrenford Family Court
You start to type.

+ [Post it #phone: post]
    #publish
    {
    - post_empty:
        ~ posted = "none"
        You tap Post with nothing written. Hearth asks if you meant to. You didn't. You close the app. #impact: 3 upheld
        An empty post harms nobody. But if you had something to say, there is nearly always a way to say it that keeps the family out of it. #feedback
    - post_audience == "only-me" and (post_identifies or post_case_detail or post_derogatory):
        ~ posted = "private"
        ~ minor = 1
        You post it to Only me: a diary entry, in effect. #impact: 2 risk
        Nobody else can see it today. But it sits on a platform that changes its settings, on a phone that can be lost, and it is a record of a case kept outside the case record. Supervision or a paper notebook does the job better. #feedback
    - post_identifies or post_case_detail:
        {
        - post_audience == "friends" or post_audience == "close-friends":
            ~ posted = "narrow"
            ~ minor = 1
            Your post goes up to your friends. Nine likes in ten minutes, and a heart from your aunt. #impact: 2 risk
            The checker flagged it, and it was right to. Friends only is no guarantee: any friend can screenshot or share it, and platforms change their settings. A court, a day, a kind of case or a file in a photo is enough for someone who knows the family. #feedback
        - else:
            ~ posted = "public"
            ~ minor = 1
            ~ serious = post_serious
            Your post goes up for anyone to see. Nine likes in ten minutes. #impact: 2 breach
            #impact: 1 risk
            { post_serious:
                The checker flagged serious problems, and they are real. A court, a day, a kind of case or a file in a photo, on a public profile with your name on it, is enough for the family or their neighbours to know exactly who you mean. Family court cases are private by law, too: publishing details of one can be contempt of court. #feedback
            - else:
                This post is about a case, and anyone can read it. With your name on it, the family or their neighbours can work out who you mean. #feedback
            }
        }
    - post_derogatory:
        {
        - post_audience == "friends" or post_audience == "close-friends":
            ~ posted = "vent"
            ~ minor = 1
            Your post goes up to your friends. A few sympathetic faces. #impact: 3 risk
            #impact: 13 risk
            Venting is human, but written down it reads as contempt for parents, and friends can pass it on. The feeling is real; supervision or a trusted friend is the place for it. #feedback
        - else:
            ~ posted = "rant"
            ~ minor = 1
            Your post goes up for anyone to see. Two likes, and a comment from a cousin: "Steady on!" #impact: 3 breach
            #impact: 13 risk
            It names nobody, but it reads as contempt for the parents you work with, in public, from a social worker. That damages their trust and the public's confidence in the profession. Take the feeling to supervision or a friend, not to a post. #feedback
        }
    - post_audience == "only-me":
        ~ posted = "clean"
        You post it to Only me: a note to yourself. #impact: 3 upheld
        Nothing in it is about a case or a family, so there is no harm in it. It would have been fine to share with friends too. #feedback
    - else:
        ~ posted = "clean"
        Your post goes up. Twenty-odd likes, and a comment from a former colleague: "It really does. Enjoy that bath!" #impact: 13 upheld
        #impact: 3 upheld
        Nothing in it identifies anyone, and it says something true and good about the job. Posts like this help the public see what social work is. You shared the feeling, not the case. #feedback
    }
+ [Delete it, and text your sister instead: you'd like to talk #hcpc: 3 upheld #hcpc: 13 upheld]
    ~ posted = "none"
    You delete the draft and message your sister.
    #reply: Long day. Can't talk about it, but could do with a friendly face. Free this week?
    What you needed was to be heard, not published. Reaching out to someone close, without the details, meets the need and keeps the family out of it. #feedback
+ [Delete it. Posting anything about your life is asking for trouble #cautious #hcpc: 3 upheld]
    ~ posted = "none"
    ~ caution = MIN(caution + 1, 2)
    You delete it, then scroll back through your old posts, wondering which ones to delete too.
    Not posting tonight is fine. Deciding that any post is dangerous is not: it is the kind of fear that pushes good social workers offline. It shuts you off from friends and support, and from the good you could share about the work. #feedback
- ~ post_serious = false
~ post_identifies = false
~ post_case_detail = false
~ post_derogatory = false
~ post_empty = true
~ post_audience = "friends"
-> nadia_asks

=== nadia_asks ===
#time: Tue 21:15
#platform: hearth
#notification: Hearth: New message from Nadia Karim
Later, your phone buzzes.
#message: Nadia Karim: Hey you. How did today go?? Been thinking about you x
Nadia has known you since school. She knows you had a big day. She doesn't know anything about the family, and she doesn't need to.
#covers: case-talk, fear
#discuss: What can you tell a friend about a hard day without telling them about the case? Why does a private message still count?
You start to type, then stop.

+ [Tell her how you feel, and nothing about the case #open #hcpc: 3 upheld #hcpc: 13 upheld]
    #reply: Long, hard, and I think it went the right way. I'm wiped out. Can't say more, but a hug and a curry on Saturday would fix a lot x
    #message: Nadia Karim: Deal. I'll bring the wine. Proud of you x
    You smile at the screen for the first time all day.
    This is what good practice looks like off duty. You told a friend how you are, which is yours to share, and kept the family's story, which isn't. Support from friends is part of how people stay in this job. #feedback
+ [Tell her the whole story. It's a private message, she'll never meet them #hcpc: 2 risk #hcpc: 13 risk]
    ~ minor = 1
    #reply: Final hearing. Mum's ex was violent, three kids, they're going to their nan. She sobbed in the car park. I feel awful and relieved.
    #message: Nadia Karim: Oh Jo. That poor woman. Where was this?
    A private message is still writing it down, on a platform, where it can be screenshotted, forwarded or read over a shoulder. And Wrenford is not a big town. The family's story is not yours to tell, even in confidence. #feedback
+ [Leave it on read. You don't talk about work #cautious #hcpc: 3 upheld]
    ~ caution = MIN(caution + 1, 2)
    You turn the phone face down. An hour later she sends a question mark.
    You kept the case confidential, but you could have done that and still answered. Nadia was asking about you, not the family. Shutting out a friend after a hard day costs you support you need. #feedback
- -> update

=== update ===
#time: Wed 07:15
#platform: hearth
#notification: Hearth: New on Hearth: Highlights, contact sync and Hearth AI. Review your settings.
Wednesday morning. A notification is waiting for you.
Hearth has launched "Highlights", which shows your past posts to friends of friends as memories, and it is switched on for everyone. Contact sync is on too, suggesting you to anyone whose number you have saved. And your public posts will help train Hearth's AI unless you object. There is a button: Review your settings.
{
- posted == "narrow" or posted == "vent":
    You think of last night's post. It went to friends. Didn't it?
- pinned:
    You think of yesterday morning's post, with the court on the map.
- else:
    You have a visit at nine.
}
#covers: audience-limits, private-accounts, review-settings
#discuss: Who can see your posts right now, on each app? How would you know if a platform had changed it?
You have five minutes before you leave.

+ [Open your settings and check them before you leave #open #hcpc: 3 upheld #hcpc: 2 upheld]
    A notice like this is the best prompt there is. Settings rarely change by themselves now; they drift when a platform adds a feature and switches it on for everyone. Checking now is the habit the guides recommend. #feedback
    -> update.check
+ [Dismiss it. Your posts are friends only #hcpc: 2 risk]
    ~ minor = 1
    You swipe it away.
    Your posts went to friends, but "Highlights" is a new feature, and it is on until you turn it off. Friends of friends is not a few hundred people: it is usually tens of thousands. A notice like this is exactly the moment to check. #feedback
    -> update.after
+ [Deactivate Hearth altogether. It's not worth the risk #cautious #hcpc: 3 upheld]
    ~ caution = MIN(caution + 1, 2)
    ~ hearth_future_posts = "only-me"
    ~ hearth_limit_old_posts = true
    ~ hearth_search_engines = false
    You deactivate your account. Your posts vanish. So do your friends, your family group and the photos of your nephew's first steps.
    Nothing you posted can be seen now. Whether to use Hearth at all is your own choice, and nobody at work needs to know. But five minutes in the settings would have done the same job, and you would still have your family group. #feedback
    -> update.after

= check
#settings: hearth
Hearth's settings open. You read them properly, for once.
+ [Save your settings]
    {
    - hearth_limit_old_posts and (hearth_future_posts == "friends" or hearth_future_posts == "only-me"):
        Your past posts are limited to friends again, and new ones will go to friends by default. #impact: 3 upheld
        #impact: 2 upheld
    - hearth_limit_old_posts:
        Your past posts are limited to friends. But new posts will now go to {hearth_future_posts == "public": anyone|friends of friends}. #impact: 2 risk
    - else:
        You leave "Limit who can see past posts" switched off, so Highlights can still show your old posts to friends of friends. #impact: 2 risk
    }
    { hearth_search_engines:
        Search engines can still link to your profile.
    - else:
        Search engines no longer link to your profile.
    }
    Settings are worth checking whenever a platform adds something new, and every few months anyway. You switch off contact sync while you are there. It took you four minutes, and you still have all your friends. #feedback
    -> update.after

= after
// Highlights shows older friends-only posts to friends of friends (tens of thousands), unless past posts were limited.
{ not hearth_limit_old_posts:
    { posted == "narrow":
        ~ posted = "public"
    }
    { posted == "vent":
        ~ posted = "rant"
    }
}
-> training

=== training ===
#time: Thu 10:00
#platform: home
Thursday. The team's training morning, in the upstairs room with the broken blind. Priya Sandhu, your team manager, has brought pastries and a case study.
"This one is made up," she says, "but every part of it has happened to someone, and regulators have heard cases like it."
She puts it on the screen.
Jess Halloran worked in a children's team in another council. The night before a final hearing she posted a photo of her kitchen table, the court bundle just visible under a mug, with "big day tomorrow".
Afterwards she posted again: the children were "finally safe", and the parents "never stood a chance".
She had set her posts to friends of friends, and thought that meant people she knew. A friend of a friend knew the family. A screenshot reached the children's mother by teatime.
The mother complained to the council and to the regulator. Jess's manager found the posts in two minutes.
{
- posted != "none" and posted != "clean":
    The room is very warm. You think of your post on Tuesday night.
- pinned:
    You think of your map pin on Tuesday morning.
- else:
    Tamsin, beside you, has gone quiet.
}
If this is worrying you, talk to your manager or in supervision. Your employer, your union or professional body, and the UK Safer Internet Centre's helpline for professionals can also help. #support
The council gave her a final written warning. Family court cases are private by law, and posting about one can be contempt of court, so the council's lawyers had to look at whether the court needed to know.
The regulator's case took well over a year. A panel found her fitness to practise impaired and put conditions on her practice for a year. Meanwhile the family's friends shared her name in a local group, and she had to ask her employer for help to stay safe.
"So," Priya says. "What do we take from that?"
Tamsin says, "Never post anything ever again?" Half the room laughs. Half doesn't.
#covers: fear, think-first
#discuss: Was Jess's mistake being on social media, or something more specific? What would have prevented it?
Priya looks round the room, and then at you.

+ {posted != "none" and posted != "clean"} [Stay behind and tell Priya about your post on Tuesday #hcpc: 13 upheld #hcpc: 2 upheld]
    ~ owned = true
    You wait until the room empties. Then you show her. Priya reads it twice.
    "Right," she says. "Thank you for telling me. Let's take it down together, now, and write a note of what happened."
    Telling your manager is hard, and it is the right call. She can act quickly, protect the family and support you. Owning a mistake early is what honesty and integrity look like in practice. #feedback
+ {posted != "none" and posted != "clean"} [Delete Tuesday's post quietly, and move on #hcpc: 13 risk #hcpc: 2 risk]
    ~ minor = 1
    ~ deleted = true
    You delete it on your phone, hands not quite steady. Nobody knows.
    Deleting it was right. Doing it in secret leaves you alone with the question of who already saw it, or screenshotted it. If it surfaces later, you will be explaining something you hid. Your manager can only help with what she knows about. #feedback
+ {posted == "none" or posted == "clean"} [Say what went wrong was the post, not the account #open #hcpc: 5 upheld #hcpc: 3 upheld #hcpc: 13 upheld]
    ~ team = "check"
    "She didn't go wrong by having a Hearth account," you say. "She went wrong by posting about a case, and trusting a setting she hadn't understood. Shall we all check ours next week? Ten minutes."
    Priya writes it on the board. Tamsin looks relieved.
    This is the lesson the case actually teaches: think before you post about work, and know who "friends of friends" really is. Sharing it helps colleagues use social media well instead of fearing it. #feedback
+ [Decide privately to come off social media altogether #cautious #hcpc: 3 upheld]
    ~ caution = MIN(caution + 1, 2)
    You make a mental list of apps to delete tonight.
    Understandable, and whether you use social media at all is your own choice. But the room needed the lesson, not the fear: Jess's problem was what she posted about a case, not having an account, and Tamsin, laughing nervously beside you, is drawing the wrong one. #feedback
- -> team_post

=== team_post ===
#time: Thu 14:30
#platform: guild
After lunch you open Guild. You help run the team's page: Wrenford Family Support.
#post: Wrenford Family Support: This year our family group conferences helped 40 families make their own plans to keep their children safe at home. Thank you to every family who let us in, and to our partners across Wrenford.
#reactions: 112
#comment: Amira Shah: Brilliant work. This is what social work looks like!
Last week's post is still the most popular thing the page has ever shared. After this morning it makes you nervous. It names the council. It mentions families.
#covers: fear, case-talk
#discuss: What is the difference between this post and Jess's? What would be lost if every team page went quiet?
You hover over the three dots.

+ [Leave it up, and share it with a line on why the work matters #open #hcpc: 13 upheld #hcpc: 3 upheld]
    ~ team = "shared"
    You share it: "Proud to be part of this team. Family group conferences work because families lead them."
    The post is about the service, not about anyone in it: a number, a method, a thank you. Showing what social work does well helps public confidence, and it is one of the real benefits of being online. #feedback
+ [Delete it. Anything about work online is a risk now #cautious #hcpc: 3 upheld]
    ~ team = "deleted"
    ~ caution = MIN(caution + 1, 2)
    You delete it. By four o'clock, Tamsin has noticed. "Where's our post gone? My mum shared that."
    Nothing in it identified anyone. Deleting good news leaves the public with only the bad stories about social work, and tells your team their work isn't worth showing. The risk in Jess's case was case detail, not pride in the work. #feedback
+ [Add a comment with a real story: the mum who cried with relief at her conference #hcpc: 2 risk #hcpc: 1 risk]
    ~ team = "story"
    ~ minor = 1
    #comment: Jo Harper: One mum told us it was the first time in years anyone had asked her what she thought. She cried. That's why we do this.
    You post the comment. It gets forty likes.
    Moving, and kindly meant. But that mum knows it is her, and so might her family. A story like this needs the person's permission, and careful anonymising, before it goes anywhere public. The team's post worked without it. #feedback
- -> bev_post

=== bev_post ===
#time: Thu 20:10
#platform: hearth
That evening, a post from Tamsin Hale pops up in your Hearth feed. It is public.
#post: Tamsin Hale: Three visits on the Marlwick estate today. One house where the dog was better fed than the kids. Why do we bother?! 🙃
#reactions: 14
#comment: Dom Reilly: Ha, say it louder! Pub Friday?
Ten minutes later, a message arrives.
#message: Tamsin Hale: That training has put the fear of God in me. Seriously thinking of deleting Hearth. Is that mad?
Tamsin is one of the best workers on the team. She is also tired, and she hasn't connected that post with this morning.
#covers: case-talk, audience-limits, public-comments
#discuss: Tamsin is worried and her post is a risk. What would be most useful to her tonight? What would you want from a colleague?
You look at her post for a long time.

+ [Tell her kindly: keep the account, but take that post down #open #hcpc: 1 upheld #hcpc: 3 upheld #hcpc: 13 upheld #phone: reply]
    ~ bev = "helped"
    #reply: Not mad, but don't delete everything! Your account's fine. That one post worries me though: the estate and the bit about the kids could let a family recognise themselves, and it's public. Take it down? We can do our settings together tomorrow x
    #message: Tamsin Hale: Oh god, you're right. Gone. Thank you for telling me, not someone else x
    The post disappears.
    A quiet word, kindly put, is the most useful thing a colleague can do. Tamsin keeps her account and her confidence, and the family on the Marlwick estate never sees it. If she had not listened, the next step would have been to raise it with Priya. #feedback
+ [Say nothing. It's not your business #cautious #hcpc: 1 risk]
    ~ bev = "silent"
    ~ caution = MIN(caution + 1, 2)
    You don't reply. The post stays up.
    Staying out of it feels safe, but it leaves Tamsin unsupported and the post public. A family on the Marlwick estate could recognise themselves tonight. You didn't have to report her; you only had to tell her. #feedback
+ [Leave a supportive comment on her post: "Hang in there, you're a star!" #hcpc: 3 risk #hcpc: 2 risk]
    ~ bev = "commented"
    ~ minor = 1
    #comment: Jo Harper: Hang in there, you're a star! x
    #reply: Not mad. Don't delete! We all need to let off steam x
    Comments on a public post are public too. Yours now sits under a post about a family, with your name and profile attached, and tells anyone reading that a second social worker agrees. It also makes Tamsin's post look fine when it isn't. #feedback
- -> party_photo

=== party_photo ===
#time: Sun 11:20
#platform: hearth
Sunday morning. Saturday was Nadia's birthday, and her curry night turned into a party at her flat. You are still smiling about it.
#notification: Hearth: Nadia Karim tagged you in a photo
#post: Nadia Karim: Best. Birthday. Ever. Thank you all 🥂
#image: Nadia's birthday party: friends laughing, glasses raised, Jo in a paper crown
#tagged: Jo Harper
#reactions: 57
#comment: Marco Lund: Legends! Where's Jo's comment?! 😂
The photo is public. You are in the middle of it, laughing, glass raised, paper crown slightly crooked.
Everyone who was there is commenting. Nadia's friend Marco wants to know where yours is.
#covers: public-comments, audience-limits
#discuss: Who can read a comment on a friend's public post? Is being seen at a party a problem for a social worker?
You start typing a comment.

+ [Comment: "Happy birthday Nadia, best night in ages! 🎉" #open #hcpc: 3 upheld #hcpc: 13 upheld]
    #comment: Jo Harper: Happy birthday Nadia, best night in ages! 🎉
    Nadia hearts it within a minute.
    A public comment is fine when it says nothing you would mind anyone reading. Yours is about a friend's birthday, not your work, so it gives nothing away. You can be yourself online. #feedback
+ [Comment: "After Tuesday's court marathon I earned every one of those!" #hcpc: 3 risk #hcpc: 13 risk]
    ~ minor = 1
    #comment: Jo Harper: After Tuesday's court marathon I earned every one of those! 🥂
    Your comment gets a dozen laughs.
    It is Nadia's post, but your comment on it is public: anyone can read it, and it links your name to a court on a particular day. Alongside anything else findable about you, that is one more piece of the jigsaw. #feedback
+ [Like the photo, and send Nadia a private message instead #hcpc: 3 upheld]
    #reply: Best night in ages. Thank you for feeding me and making me laugh. Love you x
    #message: Nadia Karim: Love you more. Same time next year x
    That is fine too: the warm words went to Nadia. But there was no need to keep them private. A public comment that says nothing about work would have been just as safe. You don't have to stay out of your friends' lives online to keep work out of it. #feedback
+ [Untag yourself and ask Nadia to take the photo down #cautious #hcpc: 3 upheld]
    ~ caution = MIN(caution + 1, 2)
    #reply: Could you take that one down? Work thing. Sorry x
    #message: Nadia Karim: Oh. OK. It's my birthday photo though?
    Untagging is a reasonable choice if you don't want your name on it. But a social worker enjoying a birthday is not misconduct, and asking a friend to take down her own photo costs her something. Set your tag review so you choose next time, and let her keep her birthday. #feedback
- -> monday

=== monday ===
#time: Mon 09:05
#platform: home
Monday morning.
{
- posted == "public" and not owned and deleted:
    Kerry Lockwood's solicitor has rung the office. On Wednesday Kerry searched your name.
    #search: Jo Harper
    She found your Hearth profile, and your post from Tuesday night, public for anyone to read. She screenshotted it before you deleted it on Thursday.
    Priya has seen the screenshot. Deleting the post did not undo the time it was up.
- posted == "public" and not owned:
    Kerry Lockwood's solicitor has rung the office. Over the weekend Kerry searched your name.
    #search: Jo Harper
    She found your Hearth profile, and your post from Tuesday night, public for anyone to read.
    Priya searched your name when she heard. She found it the same way.
- posted == "public":
    The post came down on Thursday, but Priya has checked: it was public for two days, and it had been shared twice. She has told the council's information governance team, as she must.
- posted == "rant" and not owned:
    Someone has sent the council a screenshot of your Hearth post about parents. Your profile says you work for Wrenford.
- else:
    You search your own name over your first coffee, out of habit now.
    #search: Jo Harper
    #profile: me
    #detail: Lives in Wrenford
    Then you look at your own profile the way a stranger would.
    {pinned: Tuesday's court check-in is still there. You delete it.}{not pinned: Nothing about any family, and nothing you would mind a family reading.}
}
{bev == "helped": Tamsin brings you a coffee. "Did my settings last night. Still on Hearth, still cross about the blind."}
{bev == "silent": Tamsin's post about the Marlwick estate is still up. Someone in the office mentions it.}
{team == "deleted": The team's page is quiet. Nobody is sure why the post went.}
-> outcome

=== outcome ===
{
- posted == "public" and serious and not owned:
    -> referral
- posted == "public" or (posted == "rant" and not owned):
    -> investigation
- minor >= 1 or posted == "narrow" or posted == "vent" or posted == "rant" or posted == "private":
    -> advice
- caution >= 2 and (team == "deleted" or bev == "silent"):
    -> advice
- else:
    -> no_concerns
}

=== lapses ===
// Worth a conversation in supervision.
{pinned: You checked in at the family court on the day of a hearing.}
{posted == "narrow": You posted about a hearing to friends, trusting "friends only".}
{posted == "vent" or posted == "rant": You vented about parents on Hearth.}
{posted == "private": You kept a note about a case on Hearth.}
{team == "story": You added a service user's story to a public post without her permission.}
{bev == "commented": You added a public comment under a colleague's risky post.}
->->

=== costs ===
// Over-caution has a cost too.
{team == "deleted": The team's good-news post was deleted.}
{bev == "silent": Tamsin's post stayed up, and nobody told her why it mattered.}
->->

=== no_concerns ===
#platform: home
In supervision, Priya asks how the hearing left you. You talk about Kerry, and about Tuesday night, and it helps.
{team == "check": "Your settings check is on Friday's agenda," she says. "Good idea."}
{team == "shared": "Your share of the team post reached the director," she says. "She loved it."}
"You're using this stuff well," she says. "Clear about what's yours to share and what isn't."
{caution >= 2: "Whether you stay on Hearth is your call," she says. "It's your own life. Just don't let the fear stop you sharing what the team does well."}
Nothing goes on your record but a good supervision note. You'll search your name again in a few months, and check your settings whenever an app changes them. #ending: no-concerns Yours to share
-> END

=== advice ===
#platform: home
Priya books an extra half hour in supervision: not a disciplinary matter, she says, just time to think it through together.
-> lapses ->
-> costs ->
{caution >= 2: "What you do on your own accounts is your business," she says. "But the team post and Tamsin's post were work, and going quiet there cost something. The skill is knowing what to share and where."}
{minor >= 1: "None of this is the end of the world. But Jess's story started with posts that felt like nothing. Let's make sure this doesn't grow."}
{minor >= 1: She points you to the council's social media policy, and suggests you search your own name every few months.}
You leave with a plan, and a note of it on your supervision record.
{
- minor == 0:
    Priya will ask how you are getting on at your next supervision, and hopes to see the team page busy again. #ending: advice Safe, but silent
- else:
    The note stays on your supervision record, and Priya will check the plan with you next month. #ending: advice A word in supervision
}
-> END

=== investigation ===
#platform: home
On Wednesday, Priya asks to see you in a side room.
{owned: Because you told her on Thursday, the post came down fast and she can say so. Your honesty is on the record.}
The council will look into it under its conduct procedure. You are not suspended, and you can bring a union representative. An investigating officer will interview you.
This is a hard place to be. Your manager, your union or professional body, and the council's employee support service are there to help, and the UK Safer Internet Centre's helpline for professionals can advise on anything posted about you. #support
The investigation will look at what happened:
{posted == "public": A post about a care hearing, public for anyone to read, that could identify a family.}
{posted == "rant": A public post that reads as contempt for parents, from a social worker.}
-> lapses ->
You read the social media policy properly, for the first time. It would have taken ten minutes.
{posted == "public": The council's information governance team is looking at it too: a post about a family's court case can be a breach the council has to report to the Information Commissioner within 72 hours.}
An investigating officer will interview you. Then the council will decide: no case to answer, management advice, a written or final written warning, or, for the most serious breaches, dismissal and a referral to the regulator. {owned: Telling Priya early will count for a lot.} #ending: investigation Under investigation
-> END

=== referral ===
#platform: home
Kerry Lockwood has complained to the council and to the regulator. The council moves her family's case to a colleague, investigates, and six weeks later gives you a final written warning. It tells the regulator what it found, and the regulator will decide whether your fitness to practise is impaired.
You do not have to face this alone. Talk to your union or professional body straight away; the council's employee support service and the UK Safer Internet Centre's helpline for professionals can help too. #support
The referral sets out what happened:
A post about a care hearing, public for anyone to read, that a mother recognised as her family's story.
-> lapses ->
You think of Jess Halloran's story on Priya's screen, and of Kerry in the car park.
The regulator will look at the evidence and ask for your account. Most concerns it receives are closed at triage, without an investigation; if yours goes further, it could take well over a year, and a panel would decide whether your fitness to practise is impaired and what, if anything, follows. #ending: referral Referred to the regulator
-> END
