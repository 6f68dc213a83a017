# ko: common messages (Project Fluent). Ids match across languages; see src/i18n.

## The screen shown while the terminal is below 80x23
too-small-title = 터미널 창이 너무 작습니다
too-small-sizes = saa에는 { $need } 이상이 필요합니다. 현재 크기는 { $have }입니다.
too-small-what-to-do = 창을 키우거나 q를 눌러 종료하십시오.

## Hint bar words several screens share
hint-choose = 선택
hint-next = 다음
hint-english = 영어
hint-translation = 번역
hint-search = 검색
hint-filter = 필터
hint-review = 검토
hint-study = 학습
hint-scroll = 스크롤

## The exam guide's domains and task statements (short titles)
domain-secure = 보안 아키텍처 설계
domain-resilient = 복원력을 갖춘 아키텍처 설계
domain-performance = 고성능 아키텍처 설계
domain-cost = 비용 최적화 아키텍처 설계
task-1-1 = AWS 리소스에 대한 보안 액세스
task-1-2 = 안전한 워크로드 및 애플리케이션
task-1-3 = 데이터 보안 제어
task-2-1 = 확장 가능하고 느슨하게 결합된 아키텍처
task-2-2 = 고가용성 및 내결함성 아키텍처
task-3-1 = 고성능 스토리지
task-3-2 = 고성능의 탄력적인 컴퓨팅
task-3-3 = 고성능 데이터베이스
task-3-4 = 고성능 네트워크
task-3-5 = 데이터 수집 및 변환
task-4-1 = 비용 최적화 스토리지
task-4-2 = 비용 최적화 컴퓨팅
task-4-3 = 비용 최적화 데이터베이스
task-4-4 = 비용 최적화 네트워크
