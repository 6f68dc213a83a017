# en: common messages (Project Fluent). Ids match across languages; see src/i18n.

## The screen shown while the terminal is below 80x23
too-small-title = Terminal too small
too-small-sizes = saa needs { $need }; this one is { $have }.
too-small-what-to-do = Enlarge the window, or press q to quit.

## Hint bar words several screens share
hint-choose = choose
hint-next = next
hint-english = English
hint-translation = translation
hint-search = search
hint-filter = filter
hint-review = review
hint-study = study
hint-scroll = scroll

## The exam guide's domains and task statements (short titles)
domain-secure = Design Secure Architectures
domain-resilient = Design Resilient Architectures
domain-performance = Design High-Performing Architectures
domain-cost = Design Cost-Optimized Architectures
task-1-1 = Secure access to AWS resources
task-1-2 = Secure workloads and applications
task-1-3 = Data security controls
task-2-1 = Scalable, loosely coupled architectures
task-2-2 = Highly available, fault-tolerant architectures
task-3-1 = High-performing storage
task-3-2 = High-performing, elastic compute
task-3-3 = High-performing databases
task-3-4 = High-performing networks
task-3-5 = Data ingestion and transformation
task-4-1 = Cost-optimized storage
task-4-2 = Cost-optimized compute
task-4-3 = Cost-optimized databases
task-4-4 = Cost-optimized networks
