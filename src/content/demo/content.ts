import type { DemoContent } from "./types.js";

/**
 * Demo content for Colloquy: the blog of "The Commons Seminar", a fictional
 * initiative at the fictional Ashgrove University. All people and essays are
 * invented; the cited books and articles are real published works.
 */
export const demoContent: DemoContent = {
  site: {
    title: "The Commons Seminar",
    description:
      "The Commons Seminar is an interdisciplinary initiative at Ashgrove University that brings faculty, student fellows and staff together around one shared question each term. " +
      "Every participant answers the prompt with a short, footnoted essay, and readers are warmly invited to reply in the comments. " +
      "Our subject is the things we hold *in common* — pastures, libraries, sidewalks, encyclopedias — and the work it takes to keep them.",
  },

  authors: [
    {
      slug: "eleanor-voss",
      name: "Eleanor Voss",
      bio: "Eleanor Voss is Professor of Political Theory and the founding director of the Commons Seminar. She writes about shared institutions, public space and the ethics of maintenance.",
      affiliation: "Department of Political Science, Ashgrove University",
      role: "FACULTY",
    },
    {
      slug: "marcus-oyelaran",
      name: "Marcus Oyelaran",
      bio: "Marcus Oyelaran is Associate Professor of History, specializing in rural England and the law of common rights. He is at work on a book about village courts and the people who kept their records.",
      affiliation: "Department of History, Ashgrove University",
      role: "FACULTY",
    },
    {
      slug: "ines-carrow",
      name: "Inés Carrow",
      bio: "Inés Carrow is an architect and Assistant Professor of Urban Design. Her studios ask students to measure how ordinary streets invite, or quietly discourage, lingering.",
      affiliation: "School of Architecture and Planning, Ashgrove University",
      role: "FACULTY",
    },
    {
      slug: "dorothea-finch",
      name: "Dorothea Finch",
      bio: "Dorothea Finch is Professor of English and a historian of the book. She teaches courses on annotation, marginalia and the scholarly apparatus, and she edits the seminar's house style.",
      affiliation: "Department of English, Ashgrove University",
      role: "FACULTY",
    },
    {
      slug: "amara-okonjo-reyes",
      name: "Amara Okonjo-Reyes",
      bio: "Amara Okonjo-Reyes is a junior in sociology and a Commons Seminar fellow. She works part-time at the circulation desk of the Mercer Street branch library.",
      affiliation: "Ashgrove University, Class of 2027 (Sociology)",
      role: "STUDENT_FELLOW",
    },
    {
      slug: "theo-marchetti",
      name: "Theo Marchetti",
      bio: "Theo Marchetti is a senior in computer science and a long-time volunteer Wikipedia editor. His thesis studies moderation in volunteer-run online projects.",
      affiliation: "Ashgrove University, Class of 2026 (Computer Science)",
      role: "STUDENT_FELLOW",
    },
    {
      slug: "wen-sorensen",
      name: "Wen Sorensen",
      bio: "Wen Sorensen is a sophomore studying philosophy with a minor in data science. She is interested in what we owe each other online.",
      affiliation: "Ashgrove University, Class of 2028 (Philosophy)",
      role: "STUDENT_FELLOW",
    },
    {
      slug: "bex-hallam",
      name: "Bex Hallam",
      bio: "Bex Hallam is a senior in economics and the seminar's self-appointed defender of unfashionable models. She runs the campus debate society.",
      affiliation: "Ashgrove University, Class of 2026 (Economics)",
      role: "STUDENT_FELLOW",
    },
    {
      slug: "owen-brask",
      name: "Owen Brask",
      bio: "Owen Brask is a first-year fellow in media studies. He reads mostly on his phone and is trying to feel less guilty about it.",
      affiliation: "Ashgrove University, Class of 2029 (Media Studies)",
      role: "STUDENT_FELLOW",
    },
    {
      slug: "miriam-tolle",
      name: "Miriam Tolle",
      bio: "Miriam Tolle coordinates the Commons Seminar: she schedules the meetings, edits the site and moderates the comments. Before coming to Ashgrove she managed a community arts center.",
      affiliation: "Office of Undergraduate Research, Ashgrove University",
      role: "STAFF",
    },
    {
      slug: "gideon-pryce",
      name: "Gideon Pryce",
      bio: "Gideon Pryce is a research and instruction librarian at Ashgrove University Libraries, where he looks after the social sciences collections and the seminar's reading lists.",
      affiliation: "Ashgrove University Libraries",
      role: "STAFF",
    },
  ],

  discussions: [
    {
      slug: "who-keeps-the-commons",
      title: "Who Keeps the Commons?",
      createdAt: "2026-02-25T15:00:00Z",
      prompt: `Pastures, libraries, sidewalks, encyclopedias, the hush of a reading room: many of the things we value most belong to no one in particular. This term we ask each participant to take up one such shared good and answer a deceptively simple question: **who keeps it?**

Think about who maintains it, who sets and enforces its rules, who is let in and who is left out, and what happens when the keeping stops. Write from theory, from history, from design, or from your own experience.

Responses should run between 400 and 700 words and cite their sources in footnotes. Replies to other responses are very welcome.`,
    },
    {
      slug: "why-footnote",
      title: "Why Footnote?",
      createdAt: "2026-03-13T10:00:00Z",
      prompt: `Every essay on this site carries footnotes, and every term someone asks whether that is really necessary on a blog. So this time the question *is* the prompt.

What is a footnote for? Who actually reads them? Is the apparatus of scholarship a gift to the reader or a wall around the writer? Short responses are welcome — including, if you can make the case, responses with no notes at all.`,
    },
  ],

  posts: [
    // ------------------------------------------------------------------
    // Standalone post (no discussion)
    // ------------------------------------------------------------------
    {
      slug: "how-the-seminar-works",
      title: "How the Commons Seminar Works",
      author: "miriam-tolle",
      status: "PUBLISHED",
      publishedAt: "2026-02-20T15:00:00Z",
      body: `Welcome to the new home of the Commons Seminar. A good number of our readers come from outside the university, and even inside it people regularly stop me in the hallway to ask what exactly we do. So before the spring essays begin, here is a short account of how the seminar runs.

## One question a term

Each term the seminar's director, with help from the fellows, poses a single prompt. We call the prompt and the essays written in answer to it a *discussion*. The prompt is deliberately broad: broad enough that a historian, an architect and a computer science senior can each find a way in, and narrow enough that their answers end up talking to one another.

## Who writes

Our writers come in three kinds:

- **Faculty** from across the university, who commit to writing one response a term and to reading all the others;
- **Student fellows**, undergraduates selected each spring, who receive a small stipend, meet with the faculty every other week and write on exactly the same terms as everyone else;
- **Staff**, including librarians and coordinators like me, who write now and then and more often keep the lights on.

Every essay appears under its writer's own name, in the same layout. We think that matters. A fellow's response to a professor's essay is not a homework submission; it is a reply, and it deserves to be read as one.

## Why the footnotes

You will notice that our essays carry numbered notes. We ask writers to cite what they read, in a consistent style, so that readers can follow the trail back to the sources. Where several essays cite the same book or article, the site will show you that as well. There will be a whole discussion about footnotes later in the term, so I will resist saying more here.

## Comments

Comments are open on every published essay. A human (usually me) reads each one before it appears, which means there may be a delay of a day or so. We welcome disagreement, questions, corrections and the occasional story about your own neighborhood library. We do not publish advertising, personal attacks, or anything that seems to have been written to sell term papers — and yes, we receive a remarkable amount of that.

## Timeline

The spring discussion opens on February 25, and the first responses will appear in early March. We publish essays as they are ready rather than all at once, so it is worth checking back. If you are new, start with the prompt and read the responses in order; if you are short on time, start anywhere and follow the links between replies.

Thank you for reading. I look forward to seeing you in the comments.`,
      comments: [
        {
          name: "Helen Marsh",
          body: "Are the seminar meetings open to the public, or only the essays?",
          createdAt: "2026-02-21T10:00:00Z",
          replies: [
            {
              author: "miriam-tolle",
              body: "The biweekly meetings are for fellows and faculty, but we hold one open session at the end of each term in the library reading room. Details will be posted here.",
              createdAt: "2026-02-21T13:30:00Z",
              replies: [
                {
                  name: "Helen Marsh",
                  body: "Wonderful. I'll watch for it.",
                  createdAt: "2026-02-21T15:10:00Z",
                },
              ],
            },
          ],
        },
      ],
    },

    // ------------------------------------------------------------------
    // Discussion 1: Who Keeps the Commons?
    // ------------------------------------------------------------------
    {
      slug: "the-commons-is-a-verb",
      title: "The Commons Is a Verb",
      author: "eleanor-voss",
      discussion: "who-keeps-the-commons",
      status: "PUBLISHED",
      publishedAt: "2026-03-02T14:30:00Z",
      updatedAt: "2026-03-04T09:15:00Z",
      body: `When I proposed this term's prompt, a colleague asked whether "the commons" was not simply a nicer word for public property. It is a fair question, and I want to use my response to explain why I think the answer is no. Public property names an owner. A commons names a relationship — and relationships exist only for as long as someone keeps doing them.

## The pasture that launched a thousand syllabi

Most of us first met the idea through Garrett Hardin's 1968 essay in *Science*, with its herders who each reason, quite sensibly, that one more animal on the shared field costs them little and gains them much.[^1] Multiply that reasoning across the village and the field is ruined. Hardin concluded that shared resources had to be either divided into private holdings or placed under some form of coercion that the users agree to impose on themselves; he saw no third road.

What strikes me, rereading the essay now, is how little time it spends with actual herders. The pasture is a thought experiment, and a powerful one, but its villagers never speak to each other. They do not meet at the well, they do not hold grudges, they do not have grandmothers who remember the bad winter. They are, in the technical sense, strangers.

## What Ostrom found instead

Elinor Ostrom spent a career looking at what happens when the villagers *do* talk. *Governing the Commons* gathers cases — alpine meadows in Switzerland, irrigation systems in Spain and the Philippines, inshore fisheries in Turkey — in which communities managed shared resources for generations without either a sovereign or a market doing the work for them.[^2] The book does not claim that commons are always well governed; several of her cases are failures. It argues that success and failure depend on institutions that people build, revise and enforce among themselves.

Her well-known list of "design principles" is often taught as a checklist, but I read it as a description of labor.[^3] Someone has to draw the boundaries, and redraw them when the river moves. Someone has to monitor, and the monitors have to answer to the people they watch. Someone has to settle disputes cheaply, quickly and close to home. None of these is a one-time act. Ostrom is explicit that the rules themselves must be open to change by those who live under them — that the arrangement lasts because it can be altered.[^4]

So when I say the commons is a verb, I mean something close to this:

- a commons is *maintained*, not merely possessed;
- its boundaries are *negotiated*, not merely drawn;
- its members are *accountable* to one another, not only to an outside authority.

## Why this matters for us

Hannah Arendt describes the world we share as something like a table: it gathers people around it, and it also keeps them apart, so that if it suddenly vanished they would be left facing one another with nothing in between.[^5] I find the image useful for thinking about a university, which is full of such tables — libraries, seminar rooms, shared datasets, the lawn in front of the chemistry building. We tend to treat them as infrastructure that simply exists. They exist because someone shelves the books, books the rooms, cleans the data and mows the grass, and because the rest of us, mostly without noticing, agree to rules about how they are used.

> A commons is not a place where nobody is in charge. It is a place where everybody is a little bit in charge, and knows it.

I offer that sentence as a provocation rather than a conclusion. I suspect my colleagues in history and design will find it too tidy, and I look forward to being corrected.

*Updated March 4: corrected the page reference in note 3.*

[^1]: Garrett Hardin, “The Tragedy of the Commons,” *Science* 162, no. 3859 (1968): 1244.
[^2]: Elinor Ostrom, *Governing the Commons: The Evolution of Institutions for Collective Action* (Cambridge: Cambridge University Press, 1990), 58–102.
[^3]: Ibid., 90.
[^4]: Ibid., 93–94.
[^5]: Hannah Arendt, *The Human Condition* (Chicago: University of Chicago Press, 1958), 52.
`,
      comments: [
        {
          name: "Harriet Lowell",
          body: "I grew up in a fell village where the grazing was still stinted when I was a girl, and I can promise you the herders spoke to each other — mostly to complain. Lovely piece.",
          createdAt: "2026-03-02T16:05:00Z",
          replies: [
            {
              author: "eleanor-voss",
              body: "Thank you, Harriet. Complaint is badly underrated as a mechanism of governance. Who kept the count in your village — was it a formal office, or whoever had the longest memory?",
              createdAt: "2026-03-02T18:20:00Z",
              replies: [
                {
                  name: "Harriet Lowell",
                  body: "Both, in a way. There was a committee with minutes, but everyone knew the real authority was Mrs. Pattinson at the end of the lane, who had been counting sheep for longer than anyone had been writing them down.",
                  createdAt: "2026-03-02T19:02:00Z",
                  replies: [
                    {
                      author: "marcus-oyelaran",
                      body: "This is exactly the kind of knowledge that never makes it into the archive and always shapes what does. Thank you for it.",
                      createdAt: "2026-03-03T08:55:00Z",
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          author: "marcus-oyelaran",
          body: "Invitation accepted. I agree with almost every word here, which is why I'm going to spend a whole response on the one sentence I don't. Expect it on Thursday.",
          createdAt: "2026-03-03T08:40:00Z",
          replies: [
            {
              author: "eleanor-voss",
              body: "I would expect nothing less. Bring the court rolls.",
              createdAt: "2026-03-03T09:15:00Z",
            },
          ],
        },
        {
          name: "Daniel Okafor",
          body: "Small thing: note 3 points to a page range that covers the case studies rather than the design principles. In my copy the table of principles is on page 90.",
          createdAt: "2026-03-03T12:10:00Z",
          replies: [
            {
              author: "eleanor-voss",
              body: "You are quite right — I had copied the range from my lecture notes. Fixed now, with thanks.",
              createdAt: "2026-03-04T09:20:00Z",
            },
          ],
        },
        {
          name: "Priya Natarajan",
          body: "As a graduate student I wonder how far this goes for universities. The library and the lawn feel like a commons, but the tuition bill suggests otherwise. Is a university a commons with an admission fee, or something else entirely?",
          createdAt: "2026-03-03T15:45:00Z",
          replies: [
            {
              author: "wen-sorensen",
              body: "I've been wondering the same thing. Maybe it's what economists call a club good — shared among members but excludable? Bex would know the right term.",
              createdAt: "2026-03-03T21:10:00Z",
              replies: [
                {
                  author: "bex-hallam",
                  body: "Club good is the term, yes. Though the lawn is pretty clearly non-excludable. I have seen the dog walkers.",
                  createdAt: "2026-03-04T10:00:00Z",
                },
              ],
            },
          ],
        },
        {
          name: "Luis Alvarez",
          body: "I'm on the grounds crew, and I do mow that lawn in front of chemistry. Nice to be mentioned. For the record, the hard part isn't the grass, it's the people who cut across the flower beds every April.",
          createdAt: "2026-03-04T07:30:00Z",
          replies: [
            {
              author: "miriam-tolle",
              body: "Luis, we would love a response from the grounds crew next term if you're willing. I'll send you an email.",
              createdAt: "2026-03-04T11:40:00Z",
            },
          ],
        },
        {
          name: "Jonah Feld",
          body: "The Arendt table is doing a lot of work here. Doesn't her version insist just as much that the table *separates* people? A commons that only joins and never separates sounds a little suffocating.",
          createdAt: "2026-03-05T19:25:00Z",
          replies: [
            {
              author: "eleanor-voss",
              body: "Yes, and I should have leaned on that harder. The separation is what lets people disagree without destroying the thing that lies between them.",
              createdAt: "2026-03-06T08:10:00Z",
            },
          ],
        },
        {
          name: "BestEssayWriters",
          body: "Great post!!! Need help with your assignments? Professional essay writing, 100% original, 24/7 support. Visit [our site](https://example.com/essays) for 20% off today only!!!",
          createdAt: "2026-03-06T03:14:00Z",
          status: "REJECTED",
        },
        {
          name: "Clara Mendes",
          body: "I shared this with our town's parks committee. The point that maintenance is invisible until it stops landed with more than a few people.",
          createdAt: "2026-03-07T13:00:00Z",
        },
        {
          name: "Ahmed Rahimi",
          body: "I read this alongside Professor Oyelaran's reply, and the two together are better than either one alone. More pairings like this, please.",
          createdAt: "2026-03-09T10:30:00Z",
        },
        {
          name: "Rob Tierney",
          body: "Isn't open-source software the biggest commons there is? Surprised nobody in the series has taken it on yet.",
          createdAt: "2026-03-12T22:10:00Z",
          status: "PENDING",
        },
      ],
    },

    {
      slug: "the-last-room-where-you-dont-have-to-buy-anything",
      title: "The Last Room Where You Don't Have to Buy Anything",
      author: "amara-okonjo-reyes",
      discussion: "who-keeps-the-commons",
      status: "PUBLISHED",
      publishedAt: "2026-03-03T16:00:00Z",
      body: `I work twelve hours a week at the circulation desk of the Mercer Street branch library, three blocks from campus. When I read this term's prompt, my first thought was not about pastures or fisheries. It was about Mr. D., who comes in every weekday at opening, reads the newspaper cover to cover, and leaves at noon. He has never checked out a book. In any accounting based on circulation figures, he does not exist. In any accounting of who keeps the place alive, he is one of its pillars.

## Infrastructure for being around people

Eric Klinenberg calls places like libraries "social infrastructure": the physical settings that shape whether people interact, linger and come to know one another.[^1] What I like about the phrase is that it refuses to treat sociability as a matter of personality. Whether strangers talk depends partly on whether there are benches, whether the doors are open, and whether anyone will ask you to leave. He argues that the library is one of the most undervalued examples, precisely because it asks so little of the people who use it.[^2]

That matches what I see. The branch is the only indoor space in the neighborhood where you can stay for four hours without buying anything, proving anything, or explaining why you are there. Teenagers do homework. Job seekers use the computers. A retired couple plays chess by the window with a set they bring from home, because ours is missing a bishop.

## Enclosure by a thousand subscriptions

Nancy Kranich borrows the old language of *enclosure* to describe what happens when information that once circulated freely is fenced off by licensing, pricing and technical locks.[^3] Her focus is mostly scholarly publishing and digital rights, but the logic reaches my desk too. More and more of what patrons ask for now lives behind an account: e-books the library may lend only a fixed number of times before the license runs out, databases that work only on certain machines, apps that assume a phone the patron does not own.

None of this is dramatic. No one puts up a fence. The commons just gets a little narrower each year, and the people who notice first are the ones with the fewest alternatives.

## Who keeps it

The New York Public Library tells its own founding as the joining of private collections with a philanthropic gift and a city's promise to build and run the branches.[^4] I find that history clarifying. Even the grandest public library was not a fact of nature; it was an agreement among several parties to keep something open, renewed year after year in budgets and in daily work.

So here is my answer to the prompt, from behind the desk:

1. The librarians keep it, by refusing to make the space conditional.
2. The patrons keep it, by showing up and behaving as though it belongs to them — because it does.
3. The rest of us keep it, or fail to, every time the city budget comes up for a vote.

Mr. D. would probably not call himself the steward of anything. But if he stopped coming, the morning shift would feel different, and the next person who wandered in looking for a quiet chair might find the room a little colder.

[^1]: Eric Klinenberg, *Palaces for the People: How Social Infrastructure Can Help Fight Inequality, Polarization, and the Decline of Civic Life* (New York: Crown, 2018), 5.
[^2]: Ibid., 32–37.
[^3]: Nancy Kranich, “Countering Enclosure: Reclaiming the Knowledge Commons,” in *Understanding Knowledge as a Commons: From Theory to Practice*, ed. Charlotte Hess and Elinor Ostrom (Cambridge, MA: MIT Press, 2007), 87–90.
[^4]: The New York Public Library, “History of The New York Public Library,” accessed February 28, 2026, https://www.nypl.org/help/about-nypl/history.
`,
      comments: [
        {
          author: "gideon-pryce",
          body: "Speaking from the university side of the library world: thank you for Mr. D. We count gate entries and checkouts because they're easy to count. The things that matter most about a library rarely are.",
          createdAt: "2026-03-03T18:30:00Z",
          replies: [
            {
              author: "amara-okonjo-reyes",
              body: "Thank you! I told Mr. D. he'd been written about. He asked whether it was in the newspaper.",
              createdAt: "2026-03-03T20:05:00Z",
            },
          ],
        },
        {
          name: "Tess Harlow",
          body: "The e-book licensing point deserves an essay of its own. Most people have no idea their library pays again and again for the same digital copy.",
          createdAt: "2026-03-04T12:00:00Z",
          replies: [
            {
              author: "gideon-pryce",
              body: "It really does. Stop by the reference desk any time and I'll walk you through how those licenses work — they're stranger than most people guess.",
              createdAt: "2026-03-04T14:20:00Z",
            },
          ],
        },
        {
          author: "ines-carrow",
          body: "\"Stay for four hours without buying anything\" may be the best design brief I've read all year. I'm stealing it for my studio.",
          createdAt: "2026-03-05T09:00:00Z",
        },
      ],
    },

    {
      slug: "hardins-pasture-was-never-empty",
      title: "Hardin's Pasture Was Never Empty",
      author: "marcus-oyelaran",
      discussion: "who-keeps-the-commons",
      inResponseTo: "the-commons-is-a-verb",
      status: "PUBLISHED",
      publishedAt: "2026-03-05T10:00:00Z",
      body: `Eleanor Voss ends her response by inviting the historians to find her formulation too tidy. I accept the invitation, though I think my disagreement is friendlier than she expects. I agree that the commons is a verb. I want to add that, for several centuries, it was also a lawsuit.

## The commons had a paper trail

Hardin's herders are timeless, and that is a large part of their rhetorical power.[^1] But English common land, the example hovering behind his essay, was not timeless at all. It was governed by manorial courts that met, kept records, fined offenders, and argued endlessly about who could turn out how many beasts, on which days, and on what proof of right. E. P. Thompson's essays on the eighteenth century show how thick this customary law was, and how much of it was written down, contested and remembered by people who could not themselves read the records.[^2]

When I teach this material, students are often surprised to learn that *stinting* — limiting the number of animals each household could graze — was an ordinary, even boring, practice. The overgrazing Hardin treats as inevitable was a problem villages had names for, procedures for and penalties for. The fields were crowded with rules.

## A tragedy for whom?

This matters because of what came next. Thompson argues that many commoners experienced enclosure not as the solution to a tragedy but as the tragedy itself: a legal process, pressed by landowners and ratified by Parliament, that turned a tangle of use-rights into clean private title.[^3] The villagers who lost access to fuel, grazing and gleaning did not generally believe their pasture had been ruined by their neighbors. They believed it had been taken.

Read from that angle, Hardin's essay looks less like a discovery than a retelling, one in which the enclosers are the realists and the commoners are the problem. Ostrom's case studies push against that retelling from the side of social science;[^4] the archive pushes against it from the side of history.

## Where I part from Eleanor, slightly

My friendly amendment is this. "Everybody is a little bit in charge" is a lovely sentence, but the historical commons was never egalitarian. Rights usually attached to cottages and land, not to persons. The landless laborer often had customary claims that were real but fragile, and those were the first to go. The gleaning of harvest fields, largely the work of women and children, was challenged in the courts and increasingly treated as a favor rather than a right.[^5]

So I would put it this way:

> A commons is a place where many people hold *some* claim, where the claims are unequal, and where the inequality is itself argued over in public.

That is less tidy. It is also, I think, a better description of the library, the seminar room and the lawn in front of the chemistry building, each of which has its own unwritten hierarchy of who feels entitled to stay.

[^1]: Garrett Hardin, “The Tragedy of the Commons,” *Science* 162, no. 3859 (1968): 1243–48.
[^2]: E. P. Thompson, *Customs in Common* (New York: New Press, 1991), 97–184.
[^3]: Ibid., 184.
[^4]: Elinor Ostrom, *Governing the Commons: The Evolution of Institutions for Collective Action* (Cambridge: Cambridge University Press, 1990), 61–65.
[^5]: Thompson, *Customs in Common*, 138–41.
`,
      comments: [
        {
          author: "eleanor-voss",
          body: "Corrected, and happily. Your version of the sentence is better than mine, and I suspect it will end up on the whiteboard in seminar next week.",
          createdAt: "2026-03-05T13:30:00Z",
          replies: [
            {
              author: "marcus-oyelaran",
              body: "I'll bring a marker.",
              createdAt: "2026-03-05T15:00:00Z",
            },
          ],
        },
        {
          name: "Graham Whitcombe",
          body: "Is there an accessible account of the gleaning cases? Our local history society would love to read about them.",
          createdAt: "2026-03-06T09:45:00Z",
          replies: [
            {
              author: "marcus-oyelaran",
              body: "The Thompson chapter in note 5 is the place to start — readable and full of wonderful detail. Write to the seminar and I'll send a few more suggestions.",
              createdAt: "2026-03-06T12:30:00Z",
            },
          ],
        },
        {
          author: "bex-hallam",
          body: "I've written a partial defense of Hardin in reply. I promise it's friendly.",
          createdAt: "2026-03-11T15:30:00Z",
        },
      ],
    },

    {
      slug: "edit-history",
      title: "Edit History: Notes on Keeping a Wiki Alive",
      author: "theo-marchetti",
      discussion: "who-keeps-the-commons",
      status: "PUBLISHED",
      publishedAt: "2026-03-06T18:45:00Z",
      body: `I have made roughly four thousand edits to Wikipedia since I was fifteen. Most of them are boring: fixing a citation template, reverting someone who replaced a mayor's photo with a cartoon frog, moving a comma. I mention this not to brag (it is a modest number by the site's standards) but because the prompt asks who keeps the commons, and I have spent a real fraction of my life as a very small part of the answer.

## Peer production, from the inside

Yochai Benkler's name for projects like Wikipedia is "commons-based peer production": large numbers of people, coordinated neither by managers nor by prices, contributing to a shared resource that nobody owns.[^1] When I first read this as a first-year student I felt seen, and also slightly suspicious. The phrase makes it sound effortless, as if contributions pool together the way rain fills a reservoir.

In practice, what keeps the encyclopedia usable is an enormous amount of unglamorous, rule-bound work. Benkler does acknowledge this; he stresses that the project depends on shared norms and a culture of discussion at least as much as on its software.[^2] But I think the emphasis matters. From the inside, Wikipedia does not feel like spontaneous order. It feels like a bureaucracy that happens to be staffed entirely by volunteers.

## What the maintenance looks like

A typical evening for me:

- checking my watchlist for changes to the forty or so articles I care about;
- reverting two or three bad-faith edits and leaving a polite warning on the vandal's talk page;
- arguing, at length, about whether a particular source counts as reliable;
- doing nothing at all to the article I meant to improve, because the maintenance ate the time.

That last item is the one I think about most. Professor Voss describes a commons as something maintained rather than possessed. I agree, and I would add that maintenance expands to fill the available volunteers. There is always another revert.

## Ostrom on the talk page

What surprised me when I finally read Ostrom for this seminar was how familiar her design principles felt. Wikipedia has boundaries (sort of), rules that participants can change (constantly), monitoring by people who are themselves users (the watchlist), graduated sanctions (the escalating warning templates) and cheap dispute resolution (talk pages, noticeboards and, at the very top, an elected arbitration committee). Nobody built it from her book. It drifted toward her list anyway, which seems to me decent evidence that she was onto something.

## The part that worries me

The core of active editors is small, aging and not very diverse, and the work of keeping things tidy falls on fewer people each year. A commons that runs on unpaid maintenance is only as durable as the free time of its maintainers. Benkler was writing at a moment of genuine optimism about networked production.[^3] I share some of that optimism, but I also know how many of the editors I started out with have quietly stopped logging in.

If the commons is a verb, someone has to keep conjugating it. I am honestly not sure who will be doing that in twenty years.

[^1]: Yochai Benkler, *The Wealth of Networks: How Social Production Transforms Markets and Freedom* (New Haven: Yale University Press, 2006), 60.
[^2]: Ibid., 70–74.
[^3]: Ibid., 1–3.
`,
      comments: [
        {
          name: "Mara Quinn",
          body: "Lapsed editor here. Your last point is the one that got me. Not burnout exactly — just the slow realization that the watchlist never gets shorter.",
          createdAt: "2026-03-07T10:15:00Z",
          replies: [
            {
              author: "theo-marchetti",
              body: "That's it exactly. If you ever want to come back, there are quieter corners of the project than the ones that need constant reverts. Happy to point you to a few.",
              createdAt: "2026-03-07T14:00:00Z",
            },
          ],
        },
        {
          author: "wen-sorensen",
          body: "\"A bureaucracy staffed entirely by volunteers\" has been living in my head for two days.",
          createdAt: "2026-03-08T11:20:00Z",
        },
      ],
    },

    {
      slug: "the-sidewalk-is-a-commons",
      title: "The Sidewalk Is a Commons Nobody Votes On",
      author: "ines-carrow",
      discussion: "who-keeps-the-commons",
      status: "PUBLISHED",
      publishedAt: "2026-03-08T12:00:00Z",
      body: `Architects like to say that we design buildings, but much of what we actually shape is the space between them. That space is where I want to locate my answer to this term's question. The sidewalk, the stoop, the plaza, the ledge at exactly the right height for sitting: these are commons of a very particular kind. They are governed almost entirely by habit, and almost nobody thinks of them as governed at all.

## Eyes, not guards

Jane Jacobs argued, against the planning orthodoxy of her day, that a city street is kept safe less by police than by the steady, informal attention of the people who live and work along it — shopkeepers, residents at their windows, passersby.[^1] Her phrase for this was "eyes upon the street." What I take from her, as a designer, is that this attention is not a moral virtue that some neighborhoods happen to have and others lack. It is partly a product of form. Short blocks, mixed uses, buildings that face the street instead of turning their backs to it, ground floors with a door every few meters: these make watching easy and natural.[^2]

Jacobs also described the rhythm of a lively sidewalk over the course of a day as a kind of improvised dance, in which each participant plays a small part that no one assigned.[^3] I love the image, and I also want to complicate it. Dances have rules. They just are not written down.

## The rules we don't see

Consider a bench. Where it sits, which way it faces, whether it has armrests in the middle, whether it is near a café that will sell you something or a bus stop that will not — each of these is a decision about whom the commons is for. The armrest that "helps people stand up" also prevents anyone from lying down. Café seating spilling onto the sidewalk is pleasant, and it is also a quiet privatization of a public surface, rented from the city by the square meter.

When students in my studio survey a street, I ask them to map three things:

1. where people stop;
2. who is doing the stopping;
3. what, physically, made stopping possible — or impossible.

The third column is always the most revealing. On one side of town it fills up with ledges, steps, shade and low walls. On the other it fills up with spikes, sloped sills and signs about loitering.

## A commons by design

Professor Oyelaran is right that historic commons were unequal and argued over. The sidewalk is too, but the argument happens mostly in materials rather than in courts. Nobody votes on whether a plaza gets seating. Someone on a design team decides, often for reasons that have little to do with the people who will eventually use it.

> If the commons is kept by practice, then design is the part of the practice that happens before anyone arrives.

That is a burden for my profession, and an opportunity. We cannot make people look after one another. We can make it a little easier, or a good deal harder.

[^1]: Jane Jacobs, *The Death and Life of Great American Cities* (New York: Random House, 1961), 31–35.
[^2]: Ibid., 35.
[^3]: Ibid., 50–54.
`,
      comments: [
        {
          name: "Sofia Brennan",
          body: "The armrest example made me look at every bench on my walk home. Once you see it, you can't unsee it.",
          createdAt: "2026-03-08T17:40:00Z",
        },
        {
          author: "marcus-oyelaran",
          body: "Delighted to see the argument move from court rolls to concrete. \"The argument happens in materials\" is a very good line.",
          createdAt: "2026-03-09T09:10:00Z",
          replies: [
            {
              author: "ines-carrow",
              body: "Materials keep better records than we think. Every worn stone step is an archive of who used it.",
              createdAt: "2026-03-09T12:45:00Z",
            },
          ],
        },
      ],
    },

    {
      slug: "is-attention-a-commons",
      title: "Is Attention a Commons?",
      author: "wen-sorensen",
      discussion: "who-keeps-the-commons",
      status: "PUBLISHED",
      publishedAt: "2026-03-10T20:15:00Z",
      body: `Everyone else in this discussion has written about something you can stand in: a pasture, a library, a street. I want to try something you cannot stand in, but which I suspect most of us spend more time inside than any of those places. I want to ask whether attention — collective attention, the shared sense of what "everyone" is talking about — is a commons, and if so, who is keeping it.

## The case for yes

Lewis Hyde's *Common as Air* is mostly about ideas and art: the inheritance of knowledge and culture that earlier generations handed down and that, he argues, rightly belongs to everyone.[^1] He is careful to say that a commons is not a free-for-all. It is a kind of property with rules of use, and those rules include limits.[^2]

Collective attention seems to fit. It is finite: there are only so many hours in a day and only so many stories a public can hold in mind at once. It is shared: when a campus or a country pays attention to the same thing, it becomes possible to deliberate about it together. And it can be depleted, in a way that echoes Hardin's pasture. Every actor who shouts a little louder gains something for themselves while making the whole field noisier.[^3]

## The case for no

But I am not fully convinced, for two reasons.

First, it is not obvious that attention was ever *held* in common the way a pasture was. Attention belongs to individual minds. What used to be shared was not the attention itself but a small number of channels — a few newspapers, a few broadcasters — that organized it. Those channels were not commons either. They were businesses and public institutions with gatekeepers.

Second, and more uncomfortably, a commons needs a community that can recognize itself and make rules. Ostrom's fishers knew who the other fishers were. The people competing for my attention at midnight mostly do not know each other, and would not agree on what a fair share looks like.

## Where that leaves me

I think the honest answer is that attention is a *would-be* commons: something that behaves like a shared resource but lacks the institutions that would let anyone govern it as one. Historically that is a familiar situation. Professor Oyelaran's pastures presumably passed through the same stage before villagers built courts and customs around them.

So rather than asking whether attention is a commons, maybe we should ask what its manorial court would look like. A few guesses, offered half seriously:

- norms about when it is acceptable to demand someone's attention, like quiet hours;
- spaces, physical and digital, where nobody is allowed to advertise;
- ways for the people who share an attention space to change its rules, rather than having those rules set entirely by whoever hosts it.

None of this is easy. But it seems at least as achievable as persuading a village of herders to count their sheep, and they managed that for centuries.

[^1]: Lewis Hyde, *Common as Air: Revolution, Art, and Ownership* (New York: Farrar, Straus and Giroux, 2010), 23–38.
[^2]: Ibid., 27.
[^3]: Garrett Hardin, “The Tragedy of the Commons,” *Science* 162, no. 3859 (1968): 1244–45.
`,
      comments: [
        {
          author: "theo-marchetti",
          body: "The manorial court for attention is a great question. Some online communities have something close — moderators elected by members, rules members can amend. It just never scales to a whole platform.",
          createdAt: "2026-03-11T09:00:00Z",
          replies: [
            {
              author: "wen-sorensen",
              body: "Maybe that's the answer: attention can only be governed in pieces small enough for people to know one another. Which is a very Ostrom conclusion.",
              createdAt: "2026-03-11T12:30:00Z",
            },
          ],
        },
        {
          name: "Hal Briggs",
          body: "Quiet hours for notifications should be a civic holiday.",
          createdAt: "2026-03-12T08:00:00Z",
        },
      ],
    },

    {
      slug: "in-partial-defense-of-hardin",
      title: "In Partial Defense of Hardin",
      author: "bex-hallam",
      discussion: "who-keeps-the-commons",
      inResponseTo: "hardins-pasture-was-never-empty",
      status: "PUBLISHED",
      publishedAt: "2026-03-11T15:20:00Z",
      body: `It has become a seminar ritual to take Garrett Hardin apart, and Professor Oyelaran's response does it more gracefully than most. I agree with nearly all of it as history. I want to argue, as the resident economics major, that something is lost if we decide the tragedy was only ever a story told by enclosers.

## The model is not the village

Hardin's herders are strangers, as Professor Voss notes. That is not a flaw in the model; it *is* the model. The point of a thought experiment like his is to ask what happens when the conditions that make villages work — repeated interaction, shared memory, the ability to punish cheaters — are absent. Ostrom herself framed much of her work as specifying *when* those conditions hold and when they do not.[^1] Her successful cases succeed partly because they are small, bounded and stable. Her failures tend to share exactly the features Hardin assumed: too many users, unclear boundaries, no practical way to monitor.

So I read the two of them as drawing a map together rather than fighting over a single territory. Where users can talk, know one another and make rules, the tragedy is avoidable and frequently avoided. Where they cannot, it is a real risk.

## Some pastures really are full of strangers

The atmosphere is the obvious example. Open-ocean fisheries are another. No manorial court sits over the high seas, and the users of the atmosphere number in the billions. Hardin himself saw that the same logic applies in reverse to pollution: instead of taking something out of the commons, each actor puts something bad into it.[^2] When I read him now, I do not picture a medieval village. I picture a carbon budget.

This is also, I think, where Wen Sorensen's question about attention lands. Attention looks much more like Hardin's pasture than like Ostrom's Swiss meadows: huge numbers of anonymous users, no boundary, no monitor.

## What I concede

Professor Oyelaran is right that the *policy* Hardin drew from his model — privatize, or impose coercion from above — was historically used to justify dispossession, and that the people dispossessed often had working institutions that were simply ignored. That is a strong reason to be suspicious whenever someone invokes "the tragedy of the commons" as an argument for fencing something off. It is not, in my view, a reason to throw the model away.

My modest proposal for the seminar:

1. Keep Hardin, but read him as a description of what happens *without* institutions.
2. Read Ostrom as a description of what institutions can do, and under which conditions.
3. Read Thompson as a reminder that even good institutions can be destroyed from outside, usually with a tidy theory attached.

I suspect Professor Oyelaran will say I have just made his point for him. That is fine. It is a point worth making from both sides.

[^1]: Elinor Ostrom, *Governing the Commons: The Evolution of Institutions for Collective Action* (Cambridge: Cambridge University Press, 1990), 182–92.
[^2]: Garrett Hardin, “The Tragedy of the Commons,” *Science* 162, no. 3859 (1968): 1245.
`,
      comments: [
        {
          author: "marcus-oyelaran",
          body: "You have, in fact, just made my point for me — but better than I did, and from a direction I hadn't considered. The carbon budget is a fair hit.",
          createdAt: "2026-03-11T19:00:00Z",
          replies: [
            {
              author: "bex-hallam",
              body: "I'll take it.",
              createdAt: "2026-03-11T20:10:00Z",
            },
          ],
        },
        {
          name: "Daniel Okafor",
          body: "The three-item reading list at the end would make a very good syllabus.",
          createdAt: "2026-03-12T09:30:00Z",
        },
      ],
    },

    // ------------------------------------------------------------------
    // Discussion 2: Why Footnote?
    // ------------------------------------------------------------------
    {
      slug: "the-footnote-as-an-open-door",
      title: "The Footnote as an Open Door",
      author: "dorothea-finch",
      discussion: "why-footnote",
      status: "PUBLISHED",
      publishedAt: "2026-03-16T13:00:00Z",
      body: `I have spent most of my career reading other people's footnotes, and I will confess at the outset that I often enjoy them more than the text above. A footnote is where a writer stops performing confidence and starts showing her work. It is also, as I want to argue here, one of the oldest tools we have for keeping knowledge in common.

## A short and partial history

Anthony Grafton's *The Footnote* is the book I hand to any student who asks whether notes are really necessary.[^1] Grafton shows that the scholarly footnote had no single inventor. It grew over several centuries, through antiquaries, church historians and lawyers, each of whom needed a way to show where a claim came from without interrupting the claim itself.[^2] By the nineteenth century, German historians had made a dense apparatus of notes into a badge of professional seriousness.

What Grafton stresses, and what I find most useful, is that the footnote has always led a double life. It is a tool of proof — here is the document, go and check — and a tool of rhetoric, a way of impressing the reader with the writer's labor.[^3] Both uses are real. The first is the one I want to defend.

## The door

A sentence without a note asks the reader to trust the writer. A sentence with a note invites the reader to leave: to go to the library, find the book and decide for herself. That invitation is a small act of equality. It says, in effect, *you do not need me; here is the way to the source.*

This is why I think footnotes belong on a public blog as much as in a monograph, and perhaps more. Our readers include first-year students, retirees from town, colleagues in other departments and strangers who found us through a search engine. Most of them will never open a note. The ones who do will find a path that does not depend on our say-so.

## Ibid. and its discontents

Our house style, out of tradition and my own stubbornness, still uses "Ibid." for consecutive notes to the same work. Younger colleagues find this fussy, and the most recent editions of the major style manuals have grown noticeably cooler toward it. I understand the objection. On a screen, where notes may be read out of order, a bare "Ibid." can point to nothing at all.

But I like what it represents: a reader following the writer closely enough to know what "the same place" means. It assumes continuity and attention. If our software can preserve that continuity by linking each "Ibid." back to the note it repeats, so much the better. The old abbreviation becomes a hyperlink, which is what it always wanted to be.

## For the skeptics

None of this means every sentence needs a note. A footnote should answer the question *how do you know?* wherever a reasonable reader might ask it. Used that way, notes are neither ornament nor armor. They are the shared shelf that lets a conversation like ours continue after any one of us has stopped talking.

[^1]: Anthony Grafton, *The Footnote: A Curious History* (Cambridge, MA: Harvard University Press, 1997).
[^2]: Ibid., 190–222.
[^3]: Ibid., 5–9.
`,
      comments: [
        {
          name: "Iris Caldwell",
          body: "Retired copy editor here. I was fully prepared to be annoyed by a defense of Ibid. and was charmed instead. *A hyperlink is what it always wanted to be* — yes.",
          createdAt: "2026-03-16T18:00:00Z",
        },
        {
          author: "theo-marchetti",
          body: "I'm drafting a reply that disagrees about Ibid. Consider this fair warning.",
          createdAt: "2026-03-17T10:00:00Z",
          replies: [
            {
              author: "dorothea-finch",
              body: "Warning received and welcomed. My red pen is ready.",
              createdAt: "2026-03-17T11:30:00Z",
            },
          ],
        },
      ],
    },

    {
      slug: "footnotes-for-people-who-skip-them",
      title: "Footnotes for People Who Skip Them",
      author: "owen-brask",
      discussion: "why-footnote",
      status: "PUBLISHED",
      publishedAt: "2026-03-18T17:30:00Z",
      body: `Confession: I skip footnotes. Not always, but usually, and especially on my phone, where tapping a tiny superscript number feels like trying to swat a mosquito with a chopstick. So when the seminar asked why we footnote, my honest first answer was that I am not sure I do, as a reader. This response is my attempt to work out why I still think we should, as writers.

## The notes I actually read

Looking back over the term, there were three kinds of occasion when I followed a note all the way down:

1. When a claim surprised me and I wanted to know whether to believe it.
2. When a writer cited a book I had heard of but never read, and I wanted to know which part to start with.
3. When two writers in the same discussion cited the same source and seemed to read it differently.

The third is the interesting one. When Professor Voss and Professor Oyelaran both cited Hardin, I went to the notes to see whether they were talking about the same pages. Mostly they were. What differed was what they thought those pages meant. I would never have noticed without the notes, and noticing made the exchange feel less like two opinions and more like a shared text being argued over.

## The footnote as a receipt

Professor Finch describes the footnote as an open door. I would add that it is also a kind of receipt. Grafton's history makes clear that notes have often been used to display learning rather than to help anyone.[^1] But even a showy note leaves a trail that someone else can follow and check. The writer cannot easily take it back.

That seems especially important on a site that invites comments. Arendt writes that what appears in public, seen and heard by others, gains a kind of reality that private thoughts lack.[^2] A claim with a note is more fully public in that sense. It exposes not just the conclusion but the evidence, so that a commenter can say "that is not what page 52 says" instead of just "I disagree."

## What I would change

If I could redesign our notes, I would:

- show the note text on tap or hover, so skippers like me get the benefit without losing our place;
- make every "Ibid." a link to the note it repeats, so it still makes sense if you jump in halfway;
- list all the posts that cite the same source, so the third kind of reading becomes easy.

I mention that last one because it is the most *commons-like*. A source cited by several writers becomes a shared object, something like the table Arendt talks about. The notes are how you find your way around it.

So I will probably keep skipping most footnotes. But I want them to be there, for the times I don't.

[^1]: Anthony Grafton, *The Footnote: A Curious History* (Cambridge, MA: Harvard University Press, 1997), 5.
[^2]: Hannah Arendt, *The Human Condition* (Chicago: University of Chicago Press, 1958), 50.
`,
      comments: [
        {
          author: "dorothea-finch",
          body: "\"A receipt\" is a better metaphor than my door. I may have to borrow it — with a footnote, naturally.",
          createdAt: "2026-03-18T20:00:00Z",
        },
        {
          name: "Dev Sandhu",
          body: "Your redesign list is basically a feature request. Someone should forward it to whoever maintains this site.",
          createdAt: "2026-03-19T09:15:00Z",
          replies: [
            {
              author: "miriam-tolle",
              body: "Forwarded! Two of the three are already on our list.",
              createdAt: "2026-03-19T10:00:00Z",
            },
          ],
        },
      ],
    },

    // Unpublished draft: must never be shown publicly.
    {
      slug: "against-ibid",
      title: "Against Ibid.",
      author: "theo-marchetti",
      discussion: "why-footnote",
      inResponseTo: "the-footnote-as-an-open-door",
      status: "DRAFT",
      body: `*Working notes, not ready for publication.*

Professor Finch makes a lovely case for Ibid., but I want to argue the other side. On the web, readers arrive in the middle. A note that says only "Ibid., 12" is a pointer to a pointer, and it silently breaks the moment an editor inserts a new note above it.

Points to develop:

- short-form citations are only a few words longer;
- reference managers already generate them for free;
- ask Dorothea whether she would accept Ibid. *only* as a link.

TODO: check what the current style manual actually says before publishing.`,
    },
  ],
};
